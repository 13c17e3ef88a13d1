// Text::printable, which every line the CLI prints goes through: plain text unchanged in
// runs, every control character and invalid byte written out visibly, valid UTF-8 kept.
#include "Text.h"

#include <QtTest>

using namespace scopevault;

class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printable_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain, tab and newline kept") << QByteArray("ref\tv1  vault\nnext line ~!")
                                                     << QByteArray("ref\tv1  vault\nnext line ~!");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("escape sequence")
            << QByteArray("a\x1b]0;x\x07z") << QByteArray("a\\x1b]0;x\\x07z");
        QTest::newRow("NUL and DEL") << QByteArray("a\0b\x7f", 4) << QByteArray("a\\x00b\\x7f");
        QTest::newRow("carriage return") << QByteArray("x\ry") << QByteArray("x\\x0dy");
        QTest::newRow("UTF-8 kept") << QByteArray("Zahlung \xe2\x80\x94 live \xf0\x9f\x94\x91")
                                    << QByteArray("Zahlung \xe2\x80\x94 live \xf0\x9f\x94\x91");
        QTest::newRow("C1 control (CSI)") << QByteArray("a\xc2\x9b"
                                                        "2Jb")
                                          << QByteArray("a\\u009b2Jb");
        QTest::newRow("invalid UTF-8") << QByteArray("a\xff\xc3(b") << QByteArray("a\\xff\\xc3(b");
        QTest::newRow("truncated sequence at the end")
            << QByteArray("ok\xe2\x80") << QByteArray("ok\\xe2\\x80");
    }
    void printable()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        const std::string printed = Text::printable(std::string_view(in.constData(), in.size()));
        QCOMPARE(QByteArray::fromStdString(printed), out);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
