#pragma once

#include "model/plan/PlanFile.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace meshfed {

/// Reads a YAML document into JSON values, resolving plain scalars as Helm does (YAML 1.1 core
/// types: true/false/yes/no, null/~, integers and floats; quoted scalars stay strings).
///
/// Usage:
///     FileProblem error;
///     if (auto values = yamlToJson(text, u"vault-dc1.yaml"_s, &error)) ... else show(error.toString());
std::optional<QJsonValue> yamlToJson(const QByteArray& text, const QString& fileName, FileProblem* error);

/// A value inside nested JSON objects by its dotted path ("server.dev.enabled"); undefined when absent.
QJsonValue valueAt(const QJsonValue& root, const QString& dottedPath);

} // namespace meshfed
