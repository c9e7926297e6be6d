#include "site_command.h"

#include "export/site.h"
#include "export/site_directory.h"

namespace painatlas::cli {

int run_export_site(const CliContext& context, const std::string& directory) {
  const SiteWriteResult result = write_site(directory, build_site(context.catalog()));
  switch (result.outcome) {
    case SiteWriteResult::Outcome::Refused:
      context.err << "painatlas-cli: " << result.message << '\n';
      return kExitUsage;
    case SiteWriteResult::Outcome::Failed:
      context.err << "painatlas-cli: could not write the pages: " << result.message << '\n';
      return kExitNotFound;
    default:
      break;
  }
  context.out << "Wrote " << result.written << " files to " << directory;
  if (result.removed > 0)
    context.out << " and removed " << result.removed << " pages of techniques no longer there";
  context.out << ".\nOpen " << (std::filesystem::path(directory) / "index.html").string()
              << " in a browser, or publish the folder as it is.\n";
  return kExitOk;
}

}  // namespace painatlas::cli
