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

    std::vector<std::string> messages;  // warnings and failures, in order
    size_t failures = 0;                // how many of them were CE_Failure or worse
    std::string lastFailure;            // the text of the latest failure
    std::string last() const { return messages.empty() ? std::string() : messages.back(); }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* msg) {
        auto* self = static_cast<GdalMessageCollector*>(CPLGetErrorHandlerUserData());
        if (!self || level < CE_Warning) return;
        self->messages.emplace_back(msg ? msg : "");
        if (level >= CE_Failure) {
            ++self->failures;
            self->lastFailure = self->messages.back();
        }
    }
};

/// GDALAllRegister once per process (idempotent in GDAL, cheap after the first call).
void ensureGdalRegistered();

}  // namespace ta
