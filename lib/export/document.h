// A small document with no format of its own: headings, paragraphs, lists and tables made of
// text spans that may be links. A technique's sections are written once as a Document and then
// rendered as HTML (site pages, handouts) or Markdown (handouts); each renderer escapes every
// piece of content, so no caller ever builds markup from content text.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace painatlas {

// A run of text. With `href` it is a link; `hidden` completes a link's text for screen readers
// ("Plain language" + " version of Vertebroplasty") where the visible text relies on its row.
struct Span {
  std::string text;
  std::string href;
  std::string style;   // a class: "badge bleeding-high", "label"; badges and labels are strong
                       // text in Markdown
  std::string hidden;  // read aloud, not shown
};
using Spans = std::vector<Span>;

struct Table {
  std::string caption;
  std::vector<std::string> headers;  // column headers; the first column holds row headers
  std::vector<std::vector<Spans>> rows;
  std::string id;     // unique on its page: the caption's anchor
  bool wide = false;  // may need to scroll sideways on a narrow screen
};

enum class BlockKind { Heading, Paragraph, List, NumberedList, Table };

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 2;       // headings: 2 to 4 (the page title is the only level 1)
  std::string anchor;  // headings: an id links can land on
  std::string style;   // paragraphs and lists: a class ("note", "disclaimer", "inline")
  Spans spans;         // heading and paragraph text
  std::vector<Spans> items;
  std::vector<std::string> item_anchors;  // lists: ids links can land on, parallel to items
  Table table;
};

class Document {
 public:
  void heading(int level, std::string text, std::string anchor = {});
  void paragraph(Spans spans, std::string style = {});
  void paragraph(std::string text, std::string style = {});
  void list(std::vector<Spans> items, std::string style = {},
            std::vector<std::string> anchors = {});
  void list(const std::vector<std::string>& items);
  void numbered_list(const std::vector<std::string>& items);
  void table(Table table);
  void append(const Document& other);
  // Replaces every link target by what `rewrite` makes of it.
  void rewrite_links(const std::function<std::string(const std::string&)>& rewrite);

  const std::vector<Block>& blocks() const { return blocks_; }

 private:
  std::vector<Block> blocks_;
};

inline Span text(std::string words) { return Span{std::move(words), {}, {}, {}}; }
inline Span link(std::string words, std::string href) {
  return Span{std::move(words), std::move(href), {}, {}};
}

}  // namespace painatlas
