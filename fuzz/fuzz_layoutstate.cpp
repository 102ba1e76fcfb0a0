// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the checks the window runs on saved layout blobs (settings file) before handing them
// to QHeaderView / QSplitter / QWidget restore functions. The first byte picks the check and
// the widget's count; the rest is the blob. Promises checked: the check never reads out of
// bounds or allocates (ASan, -rss_limit_mb); an accepted blob is exact, so one byte fewer or
// a different count is refused; the answer is the same when asked twice.
#include "fuzzcheck.h"
#include "settings/layoutstatevalidator.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int selector = data[0];
    const QByteArray blob(reinterpret_cast<const char *>(data + 1),
                          static_cast<qsizetype>(size - 1));
    const QByteArray shorter = blob.left(blob.size() - 1);
    // Counts 1..16 cover every header and splitter of the window (8 log columns, 2 panes).
    const int count = (selector >> 2) % 16 + 1;

    switch (selector & 3) {
    case 0: {
        const bool valid = LayoutStateValidator::isValidHeaderState(blob, count);
        FUZZ_CHECK(valid == LayoutStateValidator::isValidHeaderState(blob, count));
        if (valid) {
            FUZZ_CHECK(!LayoutStateValidator::isValidHeaderState(shorter, count));
            FUZZ_CHECK(!LayoutStateValidator::isValidHeaderState(blob, count + 1));
        }
        break;
    }
    case 1: {
        const bool valid = LayoutStateValidator::isValidSplitterState(blob, count);
        FUZZ_CHECK(valid == LayoutStateValidator::isValidSplitterState(blob, count));
        if (valid) {
            FUZZ_CHECK(!LayoutStateValidator::isValidSplitterState(shorter, count));
            FUZZ_CHECK(!LayoutStateValidator::isValidSplitterState(blob, count + 1));
        }
        break;
    }
    default: {
        const bool valid = LayoutStateValidator::isValidGeometry(blob);
        FUZZ_CHECK(valid == LayoutStateValidator::isValidGeometry(blob));
        if (valid)
            FUZZ_CHECK(!LayoutStateValidator::isValidGeometry(shorter));
        break;
    }
    }
    const QByteArray sum = LayoutStateValidator::checksum(blob);
    FUZZ_CHECK(sum.size() == 64 && sum == LayoutStateValidator::checksum(blob));
    return 0;
}
