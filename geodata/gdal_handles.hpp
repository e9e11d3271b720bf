#pragma once
// RAII for GDAL: datasets and features through GDAL's own unique_ptr types, and a scoped handler
// that collects GDAL's messages instead of letting them print, so errors can name file and layer.

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <string>
#include <vector>

namespace ta {

/// While alive, GDAL/OGR/PROJ messages go into `messages` (thread-local handler stack).
class GdalMessageCollector {
public:
    GdalMessageCollector() { CPLPushErrorHandlerEx(&GdalMessageCollector::handle, this); }
    ~GdalMessageCollector() { CPLPopErrorHandler(); }
    GdalMessageCollector(const GdalMessageCollector&) = delete;
    GdalMessageCollector& operator=(const GdalMessageCollector&) = delete;

    std::vector<std::string> messages;
    std::string last() const { return messages.empty() ? std::string() : messages.back(); }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* msg) {
        auto* self = static_cast<GdalMessageCollector*>(CPLGetErrorHandlerUserData());
        if (self && level >= CE_Warning) self->messages.emplace_back(msg ? msg : "");
    }
};

/// GDALAllRegister once per process (idempotent in GDAL, cheap after the first call).
void ensureGdalRegistered();

}  // namespace ta
