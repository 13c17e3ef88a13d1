#include "CryptoInit.h"
#include "SecureBuffer.h"

#include <QtTest>

using namespace scopevault;

class TestSecureBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { CryptoInit::ensureInitialised(); }

    void appendGrowsAndKeepsContent()
    {
        SecureBuffer buffer;
        QByteArray expected;
        for (int i = 0; i < 5000; ++i) {
            const unsigned char byte = static_cast<unsigned char>(i * 7);
            buffer.append(&byte, 1);
            expected.append(static_cast<char>(byte));
        }
        QCOMPARE(buffer.size(), std::size_t(5000));
        QCOMPARE(QByteArrayView(buffer.view()).toByteArray(), expected);
    }

    void truncateAndEquals()
    {
        SecureBuffer a = SecureBuffer::copyOf("secret\r\n");
        a.truncate(6);
        QVERIFY(a.equals(SecureBuffer::copyOf("secret")));
        QVERIFY(!a.equals(SecureBuffer::copyOf("secreT")));
        QVERIFY(!a.equals(SecureBuffer::copyOf("secre")));
        QVERIFY(SecureBuffer().equals(SecureBuffer::copyOf("")));
    }

    void moveLeavesSourceEmpty()
    {
        SecureBuffer a = SecureBuffer::copyOf("value");
        SecureBuffer b = std::move(a);
        QCOMPARE(QByteArrayView(b.view()).toByteArray(), QByteArray("value"));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the test
        b.clear();
        QVERIFY(b.isEmpty());
        QVERIFY(b.data() == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_secure_buffer.moc"
