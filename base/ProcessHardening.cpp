#include "ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace scopevault {

bool ProcessHardening::apply()
{
    bool ok = true;
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        ok = false;
    }
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        ok = false;
    }
    umask(S_IRWXG | S_IRWXO);
    return ok;
}

bool ProcessHardening::setDumpable(bool dumpable)
{
    return prctl(PR_SET_DUMPABLE, dumpable ? 1 : 0, 0, 0, 0) == 0;
}

} // namespace scopevault
