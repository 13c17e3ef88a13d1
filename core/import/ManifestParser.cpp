#include "import/ManifestParser.h"

#include "secrets/SecretInput.h"

#include "secrets/SecretRef.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace scopevault {

namespace {

[[noreturn]] void fail(const QString& path, const YAML::Mark& mark, const QString& message)
{
    const QString where =
        mark.is_null()
            ? path
            : QStringLiteral("%1:%2:%3").arg(path).arg(mark.line + 1).arg(mark.column + 1);
    throw VaultError(ErrorCode::Other, where + QStringLiteral(": ") + message);
}

// yaml-cpp keeps every pair of a mapping and lets the first of two equal keys win: a
// duplicate is refused instead, naming both lines.
void refuseDuplicateKeys(const QString& path, const YAML::Node& node, int depth = 0)
{
    if (depth > 64) {
        fail(path, node.Mark(),
             QCoreApplication::translate("ManifestParser", "nested deeper than 64 levels"));
    }
    if (node.IsMap()) {
        QHash<QString, int> lines;
        for (const auto& entry : node) {
            if (entry.first.IsScalar()) {
                const QString key = QString::fromStdString(entry.first.Scalar());
                const auto seen = lines.constFind(key);
                if (seen != lines.constEnd()) {
                    fail(path, entry.first.Mark(),
                         QCoreApplication::translate("ManifestParser",
                                                     "duplicate key '%1' (first at line %2)")
                             .arg(key)
                             .arg(*seen));
                }
                lines.insert(key, entry.first.Mark().line + 1);
            }
            refuseDuplicateKeys(path, entry.second, depth + 1);
        }
    } else if (node.IsSequence()) {
        for (const YAML::Node& each : node) {
            refuseDuplicateKeys(path, each, depth + 1);
        }
    }
}

QString scalarText(const YAML::Node& node)
{
    return QString::fromStdString(node.Scalar());
}

QString nameOf(const QString& path, const YAML::Node& node, const char* field)
{
    if (!node.IsScalar()) {
        fail(path, node.Mark(),
             QCoreApplication::translate(
                 "ManifestParser", "%1: a secret name must be a string, not a list or mapping")
                 .arg(QString::fromLatin1(field)));
    }
    const QString name = scalarText(node);
    if (!SecretRef::isValidName(name)) {
        fail(path, node.Mark(),
             QCoreApplication::translate(
                 "ManifestParser",
                 "%1: '%2' is not a valid secret name (an environment-variable name, "
                 "[A-Za-z_][A-Za-z0-9_]*)")
                 .arg(QString::fromLatin1(field), name));
    }
    return name;
}

void merge(QList<Declaration>& list, const Declaration& declaration)
{
    for (Declaration& each : list) {
        if (each.name == declaration.name) {
            each.required = each.required || declaration.required;
            if (each.description.isEmpty()) {
                each.description = declaration.description;
            }
            return;
        }
    }
    list.append(declaration);
}

} // namespace

Manifest ManifestParser::parseFile(const QString& path)
{
    // Read here rather than by yaml-cpp: a folder or FIFO named manifest.yaml is refused with
    // a message (yaml-cpp's stream would throw std::ios_base::failure or block).
    return parse(SecretInput::readRegularFile(path), path);
}

Manifest ManifestParser::parse(const SecureBuffer& content, const QString& path)
{
    YAML::Node root;
    try {
        root =
            YAML::Load(std::string(reinterpret_cast<const char*>(content.data()), content.size()));
    } catch (const YAML::DeepRecursion& error) {
        // yaml-cpp says "bad file" here; the file is fine, only too deeply nested.
        fail(path, error.mark,
             QCoreApplication::translate("ManifestParser",
                                         "nested %1 levels deep; a skill manifest needs three")
                 .arg(error.depth()));
    } catch (const YAML::ParserException& error) {
        fail(path, error.mark,
             QCoreApplication::translate("ManifestParser", "not valid YAML: %1")
                 .arg(QString::fromStdString(error.msg)));
    }
    if (!root.IsMap()) {
        fail(path, root.Mark(),
             QCoreApplication::translate(
                 "ManifestParser", "the top level must be a mapping (name:, env_vars:, ...)"));
    }
    refuseDuplicateKeys(path, root);
    Manifest manifest;
    manifest.path = path;
    try {
        if (root["name"] && root["name"].IsScalar()) {
            manifest.name = scalarText(root["name"]);
        }
        if (root["description"] && root["description"].IsScalar()) {
            manifest.description = scalarText(root["description"]);
        }
        const YAML::Node envVars = root["env_vars"];
        if (envVars && !envVars.IsNull()) {
            if (!envVars.IsMap()) {
                fail(path, envVars.Mark(),
                     QCoreApplication::translate("ManifestParser",
                                                 "env_vars must be a mapping NAME: {description, "
                                                 "required}"));
            }
            for (const auto& entry : envVars) {
                Declaration declaration{nameOf(path, entry.first, "env_vars"), QString(), true};
                const YAML::Node& spec = entry.second;
                if (spec.IsMap()) {
                    if (spec["description"]) {
                        declaration.description = scalarText(spec["description"]);
                    }
                    if (spec["required"]) {
                        try {
                            declaration.required = spec["required"].as<bool>();
                        } catch (const YAML::BadConversion&) {
                            fail(path, spec["required"].Mark(),
                                 QCoreApplication::translate(
                                     "ManifestParser", "env_vars.%1.required must be true or false")
                                     .arg(declaration.name));
                        }
                    }
                } else if (!spec.IsNull()) {
                    fail(path, spec.Mark(),
                         QCoreApplication::translate(
                             "ManifestParser",
                             "env_vars.%1 must be a mapping {description, required}")
                             .arg(declaration.name));
                }
                merge(manifest.declarations, declaration);
            }
        }
        const YAML::Node secrets = root["secrets"];
        if (secrets && !secrets.IsNull()) {
            if (!secrets.IsSequence()) {
                fail(path, secrets.Mark(),
                     QCoreApplication::translate("ManifestParser",
                                                 "secrets must be a list of names"));
            }
            for (const YAML::Node& each : secrets) {
                merge(manifest.declarations, {nameOf(path, each, "secrets"), QString(), true});
            }
        }
    } catch (const YAML::Exception& error) {
        fail(path, error.mark, QString::fromStdString(error.msg));
    }
    return manifest;
}

} // namespace scopevault
