#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/diag.hpp"
#include "core/text.hpp"

namespace medvirk::report {

// The most a report file may hold, whatever its kind (docs/report-format.md). Reports are read
// service by service, so memory does not grow with the file: the limit only stops an endless device
// or pipe. 16 GiB is far above any report medvirk writes in practice (the JSON report is about five
// times the routine set: a routine set of 3 GB).
inline constexpr std::uintmax_t report_read_limit = std::uintmax_t{16} << 30;

// Called with each entry of «tjenester», in order (index from 0), as soon as it is read; the entry
// is dropped when it returns. An error text stops the reading: the report is then refused as
// bad-report.
using ServiceReader = std::function<std::optional<Text>(nlohmann::json&& service, size_t index)>;

// Reads a JSON report written by «medvirk audit --format json», service by service, and checks that
// it is a report of a version this medvirk reads. Returns the report's head: everything but the
// services, with «tjenester» holding each service's summary (id, navn, fil). nullopt with errors
// (codes limit-size, unreadable-file, bad-json, bad-report) when it is not one.
std::optional<nlohmann::json> read_report(const std::string& path, Diagnostics& errors,
                                          const ServiceReader& on_service,
                                          std::uintmax_t limit = report_read_limit);

}  // namespace medvirk::report
