#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace scopevault {

/// UTF-8 std::string (the Qt-free bundle library's text) to and from Qt's strings.
class TextConversion final
{
public:
    [[nodiscard]] static QString toQt(const std::string& utf8)
    {
        return QString::fromStdString(utf8);
    }
    [[nodiscard]] static QStringList toQt(const std::vector<std::string>& utf8)
    {
        QStringList out;
        out.reserve(static_cast<qsizetype>(utf8.size()));
        for (const std::string& each : utf8) {
            out << QString::fromStdString(each);
        }
        return out;
    }
    [[nodiscard]] static std::vector<std::string> toStd(const QStringList& texts)
    {
        std::vector<std::string> out;
        out.reserve(static_cast<std::size_t>(texts.size()));
        for (const QString& each : texts) {
            out.push_back(each.toStdString());
        }
        return out;
    }
};

} // namespace scopevault
