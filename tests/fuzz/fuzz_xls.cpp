#include "FuzzInputs.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    cluedesk::fuzz::readTable(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), "xls");
    return 0;
}
