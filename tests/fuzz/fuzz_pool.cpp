#include "FuzzInputs.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    cluedesk::fuzz::readEncryptedPool(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
