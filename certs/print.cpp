#include "print.hpp"

#include <cups/cups.h>

#include <memory>

namespace signaal::certs {

PrintResult print_pdf(const std::filesystem::path& pdf, const std::string& printer, const std::string& job_title) {
    PrintResult r;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(pdf, ec)) {
        r.error = "cannot print " + pdf.string() + ": the file does not exist";
        return r;
    }
    struct FreeDest {
        void operator()(cups_dest_t* d) const { cupsFreeDests(1, d); }
    };
    std::unique_ptr<cups_dest_t, FreeDest> dest(
        cupsGetNamedDest(CUPS_HTTP_DEFAULT, printer.empty() ? nullptr : printer.c_str(), nullptr));
    if (!dest) {
        const ipp_status_t status = cupsLastError();
        if (status >= IPP_STATUS_ERROR_BAD_REQUEST && status != IPP_STATUS_ERROR_NOT_FOUND)
            r.error = std::string("cannot reach the print service: ") + cupsLastErrorString();
        else if (printer.empty())
            r.error = "no default printer is configured: choose one in the settings or with `lpoptions -d NAME`";
        else
            r.error = "unknown printer '" + printer + "': check the name in the settings or with `lpstat -p`";
        return r;
    }
    cups_option_t* options = nullptr;
    int num_options = 0;
    // The PDF is already A4 at its final size: print it as it is.
    num_options = cupsAddOption("fit-to-page", "false", num_options, &options);
    r.job_id = cupsPrintFile(dest->name, pdf.c_str(), job_title.c_str(), num_options, options);
    cupsFreeOptions(num_options, options);
    if (r.job_id == 0) r.error = std::string("printing on '") + dest->name + "' failed: " + cupsLastErrorString();
    return r;
}

}  // namespace signaal::certs
