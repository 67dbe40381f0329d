#pragma once

#include <QJsonObject>
#include <QString>

#include <utility>

namespace meshfed {

/// Where a Service of type LoadBalancer is reached, as kubectl's EXTERNAL-IP shows it: the first
/// ingress's IP, else its hostname (EKS), and the Service's first port. The host is empty while
/// the cloud has not assigned an address yet.
///
/// Usage:
///     const auto [host, port] = loadBalancerAddress(serviceJson);
std::pair<QString, int> loadBalancerAddress(const QJsonObject& service);

} // namespace meshfed
