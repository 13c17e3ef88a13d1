#include "shell/GuardedKeyStore.h"

namespace scopevault {

namespace {

class Depth final
{
public:
    explicit Depth(int& depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~Depth() { --m_depth; }
    Depth(const Depth&) = delete;
    Depth& operator=(const Depth&) = delete;

private:
    int& m_depth;
};

} // namespace

std::optional<QByteArray> GuardedKeyStore::read(const QString& name)
{
    const Depth depth(m_depth);
    return m_inner.read(name);
}

void GuardedKeyStore::write(const QString& name, const QByteArray& data)
{
    const Depth depth(m_depth);
    m_inner.write(name, data);
}

void GuardedKeyStore::remove(const QString& name)
{
    const Depth depth(m_depth);
    m_inner.remove(name);
}

} // namespace scopevault
