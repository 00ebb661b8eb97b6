#include "FuzzInputs.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    (void)cluedesk::fuzz::readTable(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), "xml");
    return 0;
}
