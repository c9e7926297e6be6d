#include "show_command.h"

#include "catalog/term_lookup.h"
#include "export/handout.h"
#include "export/json_export.h"
#include "text_output.h"

namespace painatlas::cli {

int run_show(const CliContext& context, const std::string& typed, Audience audience) {
  const auto found = lookup_technique(context.catalog(), typed);
  if (!found.technique) {
    context.err << "painatlas-cli: no technique \"" << typed << "\"";
    if (!found.suggestions.empty()) {
      context.err << "; did you mean";
      for (std::size_t i = 0; i < found.suggestions.size(); ++i)
        context.err << (i ? ", " : " ") << found.suggestions[i];
      context.err << '?';
    }
    context.err << "\n  (painatlas-cli search WORDS finds techniques by any word)\n";
    return kExitNotFound;
  }
  switch (context.format) {
    case Format::Json:
      context.out << technique_json(context.catalog(), *found.technique, audience).dump(2) << '\n';
      break;
    case Format::Html:
    case Format::Markdown:
      // Handouts are written for patients whichever audience was asked for.
      context.out << render_handout(
          context.catalog(), *found.technique,
          context.format == Format::Html ? HandoutFormat::Html : HandoutFormat::Markdown);
      break;
    default:
      print_technique(context.out, context.catalog(), *found.technique, audience);
  }
  return kExitOk;
}

}  // namespace painatlas::cli
