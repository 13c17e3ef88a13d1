#include "ChildLauncher.h"

#include "FileDescriptor.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace scopevault {

namespace {

volatile sig_atomic_t g_child = 0;

void forward(int signal)
{
    if (g_child > 0) {
        ::kill(static_cast<pid_t>(g_child), signal);
    }
}

/// Names set by `variables`, so inherited entries of the same name are dropped.
bool overridden(const char* entry, const SecureBuffer& variables)
{
    const char* equals = std::strchr(entry, '=');
    const std::size_t nameLength =
        equals ? static_cast<std::size_t>(equals - entry) : std::strlen(entry);
    const auto* data = reinterpret_cast<const char*>(variables.data());
    std::size_t at = 0;
    while (at < variables.size()) {
        const char* each = data + at;
        const std::size_t length = std::strlen(each);
        if (length > nameLength && each[nameLength] == '=' &&
            std::memcmp(each, entry, nameLength) == 0) {
            return true;
        }
        at += length + 1;
    }
    return false;
}

} // namespace

ChildLauncher::ChildLauncher(std::vector<std::string> command, SecureBuffer variables,
                             SecureBuffer stdinLine)
    : m_command(std::move(command))
    , m_variables(std::move(variables))
    , m_stdinLine(std::move(stdinLine))
{}

int ChildLauncher::start()
{
    std::vector<char*> argv;
    for (std::string& arg : m_command) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    std::vector<char*> envp;
    for (char** entry = environ; *entry; ++entry) {
        if (!overridden(*entry, m_variables)) {
            envp.push_back(*entry);
        }
    }
    auto* data = reinterpret_cast<char*>(m_variables.data());
    for (std::size_t at = 0; at < m_variables.size(); at += std::strlen(data + at) + 1) {
        envp.push_back(data + at);
    }
    envp.push_back(nullptr);

    int pipeFds[2] = {-1, -1};
    const bool feedStdin = !m_stdinLine.isEmpty();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (feedStdin) {
        if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
            posix_spawn_file_actions_destroy(&actions);
            return errno;
        }
        posix_spawn_file_actions_adddup2(&actions, pipeFds[0], STDIN_FILENO);
    }
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (const int signal : {SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE}) {
        sigaddset(&defaults, signal);
    }
    sigset_t empty;
    sigemptyset(&empty);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setsigmask(&attributes, &empty);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    pid_t pid = -1;
    const int error =
        posix_spawnp(&pid, argv.front(), &actions, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    m_variables.clear();
    if (feedStdin) {
        ::close(pipeFds[0]);
    }
    if (error != 0) {
        if (feedStdin) {
            ::close(pipeFds[1]);
        }
        m_stdinLine.clear();
        return error;
    }
    m_pid = pid;
    g_child = pid;
    struct sigaction forwarding
    {};
    forwarding.sa_handler = forward;
    sigemptyset(&forwarding.sa_mask);
    sigaction(SIGTERM, &forwarding, nullptr);
    sigaction(SIGHUP, &forwarding, nullptr);
    // Like system(): a terminal's Ctrl+C already reaches the child (same process group).
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGQUIT, SIG_IGN);
    if (feedStdin) {
        std::signal(SIGPIPE, SIG_IGN); // a child that does not read its stdin is its business
        (void)FileDescriptor::writeAll(pipeFds[1], m_stdinLine.data(), m_stdinLine.size());
        ::close(pipeFds[1]);
        m_stdinLine.clear();
    }
    return 0;
}

int ChildLauncher::wait()
{
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0) {
        if (errno != EINTR) {
            m_outcome = "wait failed";
            return 1;
        }
    }
    g_child = 0;
    if (WIFEXITED(status)) {
        m_outcome = "exit " + std::to_string(WEXITSTATUS(status));
        return WEXITSTATUS(status);
    }
    const int signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    m_outcome = "signal " + std::to_string(signal);
    return 128 + signal;
}

} // namespace scopevault
