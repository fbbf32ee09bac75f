// Tokens and sentences: the second stage of extraction, after document.h.
//
// Tokenize() cuts a document text into tokens in one linear pass; every
// character that is not white space belongs to exactly one token, and tokens
// never span a line end. SplitSentences() groups the tokens into sentences,
// also in one pass. Both keep byte offsets into the text (no copies), so a
// token or sentence is text.substr(begin, end - begin) and provenance can
// point at the exact bytes. Segment() does both.
//
// Tokens (the choices the extractor relies on):
// - Words keep internal hyphens (- U+2010 U+2011 U+2012) between letters or
//   digits: "Soyuz-2.1a", "Crew-5", "MS-22", "in‑person", "Russia-US" are one
//   token each (has_hyphen). En and em dashes (– — U+2015) are always
//   punctuation of their own, with or without spaces around.
// - Internal periods stay in a word ("2.1a", "U.S", "cs.unc.edu") unless a
//   segment longer than three letters is followed by an upper-case letter
//   ("States.The" is two words and a full stop). A final period joins the
//   word when the word with it is an abbreviation of the lexicon ("Jan.",
//   "Dr.", "U.S."; in capitals "MR." as "Mr."), a dotted abbreviation whose
//   segments have at most two letters ("Ph.D.", "F.B.I.") or a single capital
//   initial ("J."); then `abbreviation` is set. Otherwise it is a punctuation
//   token.
// - Apostrophes between letters stay in the word ("don't", "shouldn’t",
//   "O'Brien"), except a final 's / ’s, which is its own token (`possessive`)
//   so the extractor sees "Japan" + "’s", "NASA" + "'s" (also for the
//   contraction: "there" + "’s"). A lone ' or ’ after a word ("states’") is a
//   closing quote token.
// - Numbers: digits with internal , . : / between digits ("1,000", "2.5",
//   "0:19", "14/15"). A token mixing digits and letters ("06th", "2024-2026",
//   "Crew-5") is a word with has_digit.
// - URLs (http://, https://, ftp://, www.) and e-mail addresses are one
//   kUrl token, without trailing punctuation.
// - A run of . ! ? … (and 。！？) is one punctuation token with `terminator`.
// - Quotation marks are tokens of their own, classified by ClassifyQuoteMark()
//   (quotes.h) from their neighbours; FindQuotes() pairs them.
// - Letters of any script are word characters; case comes from utf8proc.
//   A word longer than kMaxTokenBytes is cut into pieces of at most that.
//
// Sentences (SplitSentences):
// - . ! ? … end a sentence when followed by white space and a capital, a
//   digit, an opening quote or bracket, or the end of the text; closing quotes
//   and brackets right after the terminator stay with the sentence
//   (`countries."`, `.»`, `.)`).
// - After an abbreviation token (lexicon abbreviations, dotted initialisms,
//   single initials) a sentence ends only before a word that clearly starts
//   one (a closed list of function words: "The", "He", "In", "But", ...) or
//   at a paragraph end: "the U.S. President" stays one sentence, "in the
//   U.S. The next" is two.
// - A blank line always ends a sentence and starts a new paragraph.
// - A single line end inside a paragraph is soft (the line was wrapped) when
//   the next line starts with a lower-case letter, when the line ends with an
//   abbreviation or a hyphen, or when the next line's first word would not
//   have fitted on this line within the paragraph's widest line (greedy
//   wrapping). It ends the sentence (a headline, a heading, a list item, a
//   "Subject:" header line) when the next line starts with a list marker or
//   a "Word:" label, when the paragraph's lines are all short (under 40
//   characters), or when the next word would clearly have fitted.
// - Datelines stay with the text that follows unless they end in a
//   terminator before a capital: "MOSCOW (Sputnik) - The United States ..."
//   is one sentence; "WASHINGTON, July 30. /TASS/. The United States ..."
//   gives the sentence "WASHINGTON, July 30. /TASS/." and then the news.
// - A sentence never exceeds kMaxSentenceTokens tokens or kMaxSentenceBytes
//   bytes; a longer stretch is cut there, so hostile input (a 50 MB line)
//   cannot make a pathological sentence.
// - Sentences inside quotations split like any others.
//
// REQUIRES: text.size() < 4 GiB (a longer text is looked at only up to its
// first 4 GiB); LF line ends (document.h's NormalizeText). Everything here is
// a pure function of its arguments and safe to call concurrently.
#ifndef KG_EXTRACT_TEXT_SENTENCE_H_
#define KG_EXTRACT_TEXT_SENTENCE_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/data/lexicon.h"

namespace kg {

inline constexpr uint32_t kMaxTokenBytes = 4096;
inline constexpr uint32_t kMaxSentenceTokens = 2000;
inline constexpr uint32_t kMaxSentenceBytes = 20000;

enum class TokenKind {
  kWord,            // letters, digits, marks, with internal - . ' as above
  kNumber,          // digits with internal , . : /
  kPunctuation,     // one character, or a run of terminators
  kOpenQuote,       // “ « ‘, or " ' with a space before and a letter after
  kCloseQuote,      // ” » ’, or " ' with a letter before and a space after
  kAmbiguousQuote,  // " or ' whose direction the neighbours do not tell
  kUrl,             // URL or e-mail address
  kSymbol,          // anything else: $ % & + © emoji, invalid UTF-8
};
std::string_view TokenKindName(TokenKind kind);  // "word", "number", ...

struct Token {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool upper_initial = false;  // first character is an upper-case letter
  bool all_caps = false;       // has letters, none of them lower-case
  bool has_digit = false;
  bool has_hyphen = false;    // an internal hyphen: "Crew-5"
  bool abbreviation = false;  // ends with a period that is not a full stop
  bool possessive = false;    // "'s" / "’s" split off a word
  bool terminator = false;    // . ! ? … or a run of them

  std::string_view Text(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
};

struct Sentence {
  uint32_t begin = 0;        // byte range in the text, from the first token's
  uint32_t end = 0;          // begin to the last token's end
  uint32_t first_token = 0;  // index into the tokens
  uint32_t token_count = 0;  // always > 0
  int paragraph = 0;         // 0-based; blank lines separate paragraphs

  std::string_view Text(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
};

std::vector<Token> Tokenize(std::string_view text, const Lexicon& lexicon);

// REQUIRES: `tokens` is Tokenize(text, lexicon).
std::vector<Sentence> SplitSentences(std::string_view text,
                                     std::span<const Token> tokens,
                                     const Lexicon& lexicon);

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};
Segmentation Segment(std::string_view text, const Lexicon& lexicon);

// Character classes shared by the tokenizer and quotes.cc.

struct CodePoint {
  int32_t cp = 0;       // U+FFFD for a byte that is not valid UTF-8
  uint32_t length = 0;  // bytes, at least 1 when there is a byte
};
// The code point starting at `pos`. REQUIRES: pos < text.size().
CodePoint Utf8At(std::string_view text, size_t pos);
// The code point ending just before `pos`. REQUIRES: 0 < pos <= text.size().
CodePoint Utf8Before(std::string_view text, size_t pos);
// ASCII white space, Unicode space separators (no-break spaces included),
// line and paragraph separators, control and format characters (zero-width
// space, BOM).
bool IsWhiteSpace(int32_t cp);
// Letters, digits and combining marks of any script, and '_'.
bool IsWordChar(int32_t cp);

}  // namespace kg

#endif  // KG_EXTRACT_TEXT_SENTENCE_H_
