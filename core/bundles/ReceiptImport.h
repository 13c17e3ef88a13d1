#pragma once

#include <QStringList>

namespace scopevault {

/// What `audit import-receipts` did with a receipt file.
struct ReceiptImport
{
    int imported = 0;
    int duplicates = 0;
    QStringList refused; // "FILE:LINE: why", one per refused line
};

} // namespace scopevault
