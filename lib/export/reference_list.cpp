#include "export/reference_list.h"

#include "content/citations.h"

namespace painatlas {

std::string reference_anchor(std::size_t index) { return "ref-" + std::to_string(index + 1); }

// Identifiers become links. A link's text must make sense read on its own (a screen reader's
// list of links), so a web page's link names the work it leads to.
void add_reference_list(Document& document, const std::vector<Reference>& references) {
  std::vector<Spans> items;
  std::vector<std::string> anchors;
  for (std::size_t i = 0; i < references.size(); ++i) {
    const Reference& reference = references[i];
    const std::string label = citation_label(reference);
    Spans item{Span{label, {}, "label", {}}, text(": ")};
    item.push_back(text(reference.authors.empty() ? reference.citation
                                                  : reference.authors + ". " + reference.citation));
    const auto add = [&](std::string words, std::string url, std::string hidden) {
      item.push_back(text(" "));
      Span target = link(std::move(words), std::move(url));
      target.hidden = std::move(hidden);
      item.push_back(std::move(target));
    };
    if (!reference.doi.empty()) add("doi:" + reference.doi, "https://doi.org/" + reference.doi, {});
    if (!reference.pmid.empty())
      add("PubMed " + reference.pmid, "https://pubmed.ncbi.nlm.nih.gov/" + reference.pmid + "/",
          {});
    // Only web addresses become links: "javascript:" or a file path in content must not.
    if (reference.url.starts_with("https://") || reference.url.starts_with("http://"))
      add("Web page", reference.url, " for " + label);
    else if (!reference.url.empty())
      item.push_back(text(" " + reference.url));
    items.push_back(std::move(item));
    anchors.push_back(reference_anchor(i));
  }
  document.list(std::move(items), "references", std::move(anchors));
}

}  // namespace painatlas
