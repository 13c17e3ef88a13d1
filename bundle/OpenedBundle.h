#pragma once

#include "BundleHeader.h"
#include "BundlePayload.h"

namespace scopevault {

/// A bundle whose signature, recipient and expiry were checked, with its payload decrypted.
struct OpenedBundle
{
    BundleHeader header;
    BundlePayload payload;
};

} // namespace scopevault
