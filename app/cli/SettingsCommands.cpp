#include "SettingsCommands.h"

#include "CliContext.h"
#include "catalog/SettingsService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace scopevault {

namespace {

int runList(CliContext& context)
{
    SettingsService settings(context.unlockedService());
    const QList<SettingsService::Entry> entries = settings.list();
    if (context.isSet("json")) {
        QJsonArray array;
        for (const SettingsService::Entry& entry : entries) {
            array.append(QJsonObject{{QStringLiteral("key"), entry.key},
                                     {QStringLiteral("value"), entry.value},
                                     {QStringLiteral("default"), entry.defaultValue}});
        }
        context.printJson(array);
        return 0;
    }
    for (const SettingsService::Entry& entry : entries) {
        context.print(QStringLiteral("%1 = %2  (default %3) %4")
                          .arg(entry.key, entry.value, entry.defaultValue, entry.description));
    }
    return 0;
}

int runSet(CliContext& context)
{
    SettingsService settings(context.unlockedService());
    const QString key = context.arguments().at(0);
    settings.set(key, context.arguments().at(1));
    context.print(
        QCoreApplication::translate("SettingsCommands", "%1 = %2").arg(key, settings.value(key)));
    return 0;
}

} // namespace

QList<CliCommand> SettingsCommands::all()
{
    return {
        {QStringLiteral("settings list"),
         QString(),
         QCoreApplication::translate("SettingsCommands", "Show vault-wide settings."),
         {{QStringLiteral("json"), QCoreApplication::translate("SettingsCommands", "Print JSON.")}},
         0,
         0,
         runList},
        {QStringLiteral("settings set"),
         QStringLiteral("KEY VALUE"),
         QCoreApplication::translate(
             "SettingsCommands",
             "Change a setting (bundle.default-lifetime, bundle.max-lifetime, history.retention)."),
         {},
         2,
         2,
         runSet},
    };
}

} // namespace scopevault
