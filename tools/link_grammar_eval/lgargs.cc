// lgargs: parse sentences (one per line) with Link Grammar and print, per
// sentence, one JSON line with timing, coverage, the words, all links, and
// for every verb its argument frame (subject, object, passive + by-agent,
// prepositional attachments) read off the links.
//
//   lgargs [--timeout SECS] [--limit N] [--no-nulls] [--panic] [--cost C]
//          [--short N] [--diagram] < sentences.txt > parses.jsonl
//
// Build: g++ -std=c++20 -O2 lgargs.cc -o lgargs $(pkg-config --cflags --libs
// link-grammar)
//
// Link labels used (English dictionary 5.12):
//   S*  (Ss, Sp, Ss*s, Spx, SX, SF...)  subject(left) -> finite verb(right)
//   SI* / SXI / SFI                     verb(left) -> inverted subject(right)
//   RS                                  relative pronoun(left) -> verb(right);
//   R noun -> pronoun O*  (O, Os, Op, Ox)                 verb(left) ->
//   object(right); OD/OT are measure/time Pv be(left) -> passive
//   participle(right) PP / I* / Pg / IV                   auxiliary(left) ->
//   main verb(right) TO* + I*                            controlling word -> to
//   -> infinitive MVp + J*                            verb -> preposition ->
//   its object ("by" = agent if passive) VJl*/VJr* verb coordination through
//   and.j-v SJl*/SJr*                           noun coordination through
//   and.j-n Mv / Mg                             noun -> participle modifier (Mv
//   passive, Mg active) G GN AN A D* YS YP NM ND NN         inside a noun
//   phrase
#include <link-grammar/link-includes.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {

struct Link {
  int l, r;
  std::string label;
};

bool starts(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

std::string json_escape(const std::string& s) {
  std::string o;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      o += '\\';
      o += (char)c;
    } else if (c < 0x20) {
      char b[8];
      std::snprintf(b, sizeof b, "\\u%04x", c);
      o += b;
    } else
      o += (char)c;
  }
  return o;
}

// "docked.v-d" -> "docked", "Mir[!<CAPITALIZED-WORDS>]" -> "Mir", "[word]" ->
// "word"
std::string bare(const std::string& w) {
  std::string s = w;
  if (s.size() > 2 && s.front() == '[' && s.back() == ']')
    s = s.substr(1, s.size() - 2);
  auto b = s.find("[!");
  if (b == std::string::npos) b = s.find("[?");
  if (b == std::string::npos) b = s.find("[~");
  std::string suffix;
  if (b != std::string::npos) {
    auto e = s.find(']', b);
    if (e != std::string::npos) suffix = s.substr(e + 1);
    s = s.substr(0, b);
  } else {
    auto d = s.rfind('.');
    if (d != std::string::npos && d > 0 && d + 1 < s.size() &&
        std::isalpha((unsigned char)s[d + 1])) {
      suffix = s.substr(d);
      s = s.substr(0, d);
    }
  }
  return s;
}

// The LG subscript after the word: ".v-d", ".n", ... ("" if none).
std::string subscript(const std::string& w) {
  auto e = w.rfind(']');
  std::string tail = (e != std::string::npos) ? w.substr(e + 1) : w;
  auto d = tail.rfind('.');
  if (d == std::string::npos || d == 0 || d + 1 >= tail.size()) return "";
  return tail.substr(d + 1);
}

bool is_verb_word(const std::string& w) {
  std::string sub = subscript(w);
  return !sub.empty() && (sub[0] == 'v' || sub[0] == 'w' || sub[0] == 'q');
}

struct Analysis {
  std::vector<std::string> words;
  std::vector<Link> links;
  std::vector<std::vector<int>> adj;  // link indices per word

  void build() {
    adj.assign(words.size(), {});
    for (int i = 0; i < (int)links.size(); ++i) {
      adj[links[i].l].push_back(i);
      adj[links[i].r].push_back(i);
    }
  }
  // words w links to on side `right` with label prefix p (excluding exclusions)
  std::vector<int> to_right(int w, const char* p) const {
    std::vector<int> out;
    for (int i : adj[w])
      if (links[i].l == w && starts(links[i].label, p))
        out.push_back(links[i].r);
    return out;
  }
  std::vector<int> to_left(int w, const char* p) const {
    std::vector<int> out;
    for (int i : adj[w])
      if (links[i].r == w && starts(links[i].label, p))
        out.push_back(links[i].l);
    return out;
  }

  bool is_subject_label(const std::string& lab) const {
    // S but not SJ (conjunction), SI handled separately
    return lab.size() >= 1 && lab[0] == 'S' && !starts(lab, "SJ") &&
           !starts(lab, "SI") && !starts(lab, "SXI") && !starts(lab, "SFI");
  }
  bool is_inverted_subject_label(const std::string& lab) const {
    return starts(lab, "SI") || starts(lab, "SXI") || starts(lab, "SFI");
  }

  // Resolve relative pronouns to their antecedent (R link: noun ->
  // who/which/that).
  int antecedent(int w) const {
    // "Koptev, who ..." is MXsr(Koptev, who); "the man who ..." is R(man, who)
    for (int i : adj[w]) {
      const std::string& L = links[i].label;
      if (links[i].r == w &&
          ((L[0] == 'R' && !starts(L, "RW") && !starts(L, "RS")) ||
           starts(L, "MX")))
        return links[i].l;
    }
    return w;
  }

  // Grammatical subject of verb v (word index or -1); how = path used.
  int subject(int v, std::string& how, int depth = 0) const {
    if (depth > 8) return -1;
    for (int i : adj[v]) {
      const Link& k = links[i];
      if (k.r == v && is_subject_label(k.label)) {
        how += k.label;
        return antecedent(k.l);
      }
      if (k.l == v && is_inverted_subject_label(k.label)) {
        how += k.label;
        return k.r;
      }
      if (k.r == v && starts(k.label, "RS")) {
        how += "RS";
        return antecedent(k.l);
      }
    }
    // participle modifying a noun: "the astronauts flying ..." (Mg) -> subject
    for (int i : adj[v]) {
      const Link& k = links[i];
      if (k.r == v && (starts(k.label, "Mg"))) {
        how += k.label;
        return k.l;
      }
    }
    // climb to the auxiliary / controlling word
    for (int i : adj[v]) {
      const Link& k = links[i];
      if (k.r != v) continue;
      const std::string& L = k.label;
      if (starts(L, "IV"))
        continue;  // shortcut controller->infinitive; the TO + I path keeps TOo
      if (starts(L, "I") || starts(L, "PP") || starts(L, "Pv") ||
          starts(L, "Pg") || starts(L, "Pa") || starts(L, "TO") ||
          starts(L, "B")) {
        if (starts(L, "TOo")) {  // object control: "asked Russia to X" ->
                                 // object of the controller
          for (int o : to_right(k.l, "O")) {
            how += "TOo>O";
            return o;
          }
        }
        how += L + "<";
        int s = subject(k.l, how, depth + 1);
        if (s >= 0) return s;
      }
    }
    // verb coordination: v -VJl-> and.j-v, and.j-v -VJr-> v
    for (int i : adj[v]) {
      const Link& k = links[i];
      if ((k.l == v && starts(k.label, "VJl")) ||
          (k.r == v && starts(k.label, "VJr"))) {
        int c = (k.l == v) ? k.r : k.l;
        how += "VJ<";
        int s = subject(c, how, depth + 1);
        if (s >= 0) return s;
      }
    }
    return -1;
  }

  bool passive(int v) const {
    if (!to_left(v, "Pv").empty()) return true;
    for (int i : adj[v])
      if (links[i].r == v && starts(links[i].label, "Mv"))
        return true;  // "the ship launched by"
    return false;
  }
  // Passive subject through Mv: "the capsule launched on Tuesday" -> capsule
  int mv_noun(int v) const {
    auto n = to_left(v, "Mv");
    return n.empty() ? -1 : n[0];
  }

  std::vector<int> objects(int v) const {
    std::vector<int> out;
    for (int i : adj[v]) {
      const Link& k = links[i];
      if (k.l == v && k.label[0] == 'O' && !starts(k.label, "OD") &&
          !starts(k.label, "OT") && !starts(k.label, "OF"))
        out.push_back(k.r);
    }
    if (out.empty()) {  // shared object in verb coordination: "signed and
                        // ratified the treaty"
      for (int i : adj[v]) {
        const Link& k = links[i];
        if ((k.l == v && starts(k.label, "VJl")) ||
            (k.r == v && starts(k.label, "VJr"))) {
          int c = (k.l == v) ? k.r : k.l;
          for (int j : adj[c])
            if (links[j].l == c && links[j].label[0] == 'O')
              out.push_back(links[j].r);
        }
      }
    }
    return out;
  }

  // (preposition, its object) pairs hanging off v through MV*.
  std::vector<std::pair<int, int>> preps(int v) const {
    std::vector<std::pair<int, int>> out;
    for (int p : to_right(v, "MV")) {
      auto js = to_right(p, "J");
      if (js.empty()) js = to_right(p, "O");  // some particles/preps carry O
      out.push_back({p, js.empty() ? -1 : js[0]});
    }
    return out;
  }

  // Noun-phrase core around head h: premodifiers, names, conjuncts.
  std::vector<int> phrase(int h, bool extended) const {
    std::set<int> seen;
    std::function<void(int)> go = [&](int w) {
      if (w < 0 || seen.count(w)) return;
      seen.insert(w);
      for (int i : adj[w]) {
        const Link& k = links[i];
        int o = (k.l == w) ? k.r : k.l;
        const std::string& L = k.label;
        bool inner = false;
        // premodifiers hang on the left of their head: D* A AN G GN YS YP ND NN
        if ((starts(L, "D") || starts(L, "A") || starts(L, "G") ||
             starts(L, "YS") || starts(L, "YP") || starts(L, "ND") ||
             starts(L, "NN")) &&
            k.r == w)
          inner = true;
        if (starts(L, "NM") && k.l == w) inner = true;  // "Mir 18"
        if (starts(L, "SJl") && k.r == w)
          inner = true;  // and.j-n -> left conjunct
        if (starts(L, "SJr") && k.l == w)
          inner = true;  // and.j-n -> right conjunct
        if (extended && k.l == w &&
            ((starts(L, "M") && !starts(L, "Mv") && !starts(L, "Mg")) ||
             starts(L, "J")))
          inner = true;  // "the crew of Soyuz", "Koptev, head of ..."
        if (inner && o > 0 && o + 1 < (int)words.size()) go(o);
      }
    };
    go(h);
    return {seen.begin(), seen.end()};
  }
};

struct Options {
  int timeout = 1;
  int limit = 100;
  bool nulls = true;
  bool panic = false;
  double cost = -1;
  int short_len = -1;
  bool diagram = false;
};

double cpu_now() { return (double)std::clock() / CLOCKS_PER_SEC; }

void print_ints(const std::vector<int>& v) {
  std::printf("[");
  for (size_t i = 0; i < v.size(); ++i) std::printf("%s%d", i ? "," : "", v[i]);
  std::printf("]");
}

}  // namespace

int main(int argc, char** argv) {
  Options op;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() { return (i + 1 < argc) ? argv[++i] : (char*)"0"; };
    if (a == "--timeout")
      op.timeout = std::atoi(next());
    else if (a == "--limit")
      op.limit = std::atoi(next());
    else if (a == "--no-nulls")
      op.nulls = false;
    else if (a == "--panic")
      op.panic = true;
    else if (a == "--cost")
      op.cost = std::atof(next());
    else if (a == "--short")
      op.short_len = std::atoi(next());
    else if (a == "--diagram")
      op.diagram = true;
    else {
      std::fprintf(stderr, "unknown option %s\n", a.c_str());
      return 2;
    }
  }

  // Silence the library's locale chatter; keep errors on stderr.
  lg_error_set_handler(
      [](lg_errinfo* e, void*) {
        if (e->severity <= lg_Error) std::fprintf(stderr, "lg: %s", e->text);
      },
      nullptr);

  Dictionary dict =
      dictionary_create_lang("en");  // looks in /usr/share/link-grammar/en
  if (!dict) {
    std::fprintf(stderr, "no English dictionary\n");
    return 1;
  }
  Parse_Options po = parse_options_create();
  parse_options_set_verbosity(po, 0);
  parse_options_set_linkage_limit(po, op.limit);
  parse_options_set_max_parse_time(
      po, op.timeout);  // whole seconds of process CPU time
  parse_options_set_spell_guess(po, 0);
  parse_options_set_islands_ok(po, false);
  if (op.cost > 0) parse_options_set_disjunct_cost(po, (float)op.cost);
  if (op.short_len > 0) parse_options_set_short_length(po, op.short_len);

  Parse_Options panic =
      parse_options_create();  // as the Java binding's panic options
  parse_options_set_verbosity(panic, 0);
  parse_options_set_disjunct_cost(panic, 3.7f);
  parse_options_set_min_null_count(panic, 1);
  parse_options_set_max_null_count(panic, 250);
  parse_options_set_max_parse_time(panic, op.timeout);
  parse_options_set_islands_ok(panic, true);
  parse_options_set_short_length(panic, 6);
  parse_options_set_all_short_connectors(panic, true);
  parse_options_set_linkage_limit(panic, op.limit);
  parse_options_set_spell_guess(panic, 0);

  std::string line;
  int idx = 0;
  while (std::getline(std::cin, line)) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpu_now();
    Sentence sent = sentence_create(line.c_str(), dict);
    std::string status;
    int nvalid = 0, stage = 0;
    bool timed_out = false;
    Parse_Options used = po;
    if (sentence_split(sent, po) != 0) {
      status = "split_error";
    } else {
      parse_options_set_min_null_count(po, 0);
      parse_options_set_max_null_count(po, 0);
      parse_options_reset_resources(po);
      sentence_parse(sent, po);
      nvalid = sentence_num_valid_linkages(sent);
      stage = 1;
      timed_out = parse_options_resources_exhausted(po);
      if (nvalid == 0 && !timed_out && op.nulls) {
        parse_options_set_min_null_count(po, 1);
        parse_options_set_max_null_count(po, sentence_length(sent));
        parse_options_reset_resources(po);
        sentence_parse(sent, po);
        nvalid = sentence_num_valid_linkages(sent);
        stage = 2;
        timed_out = parse_options_resources_exhausted(po);
      }
      if (nvalid == 0 && timed_out && op.panic) {
        parse_options_reset_resources(panic);
        sentence_parse(sent, panic);
        nvalid = sentence_num_valid_linkages(sent);
        used = panic;
        stage = 3;
      }
      status = nvalid > 0 ? "ok" : (timed_out ? "timeout" : "no_linkage");
    }

    Analysis an;
    int nulls = -1;
    double cost = 0;
    if (nvalid > 0) {
      Linkage lk = linkage_create(0, sent, used);
      nulls = sentence_null_count(sent);
      cost = linkage_disjunct_cost(lk);
      int nw = linkage_get_num_words(lk);
      for (int w = 0; w < nw; ++w) an.words.push_back(linkage_get_word(lk, w));
      for (int i = 0; i < linkage_get_num_links(lk); ++i)
        an.links.push_back({(int)linkage_get_link_lword(lk, i),
                            (int)linkage_get_link_rword(lk, i),
                            linkage_get_link_label(lk, i)});
      if (op.diagram) {
        char* d = linkage_print_diagram(lk, true, 250);
        std::fprintf(stderr, "%s\n%s\n", line.c_str(), d);
        linkage_free_diagram(d);
      }
      // char offsets of each word in the input line
      std::vector<int> cs;
      std::vector<int> ce;
      for (int w = 0; w < nw; ++w) {
        cs.push_back((int)linkage_get_word_char_start(lk, w));
        ce.push_back((int)linkage_get_word_char_end(lk, w));
      }
      linkage_delete(lk);
      an.build();
      double ms = std::chrono::duration<double, std::milli>(
                      std::chrono::steady_clock::now() - t0)
                      .count();
      double cpu = (cpu_now() - c0) * 1000;
      std::printf(
          "{\"i\":%d,\"status\":\"%s\",\"stage\":%d,\"ms\":%.2f,\"cpu_ms\":%."
          "2f,\"nulls\":%d,"
          "\"cost\":%.2f,\"found\":%d,\"text\":\"%s\",\"words\":[",
          idx, status.c_str(), stage, ms, cpu, nulls, cost,
          (int)sentence_num_linkages_found(sent), json_escape(line).c_str());
      for (int w = 0; w < nw; ++w)
        std::printf("%s[\"%s\",\"%s\",%d,%d]", w ? "," : "",
                    json_escape(an.words[w]).c_str(),
                    json_escape(bare(an.words[w])).c_str(), cs[w], ce[w]);
      std::printf("],\"links\":[");
      for (size_t i = 0; i < an.links.size(); ++i)
        std::printf("%s[%d,%d,\"%s\"]", i ? "," : "", an.links[i].l,
                    an.links[i].r, json_escape(an.links[i].label).c_str());
      std::printf("],\"verbs\":[");
      bool first = true;
      for (int v = 1; v + 1 < nw; ++v) {
        if (!is_verb_word(an.words[v])) continue;
        std::string how;
        int subj = an.subject(v, how);
        bool pas = an.passive(v);
        if (pas && subj < 0) {
          subj = an.mv_noun(v);
          if (subj >= 0) how += "Mv";
        }
        auto objs = an.objects(v);
        auto pps = an.preps(v);
        int by = -1;
        if (pas)
          for (auto& [p, j] : pps)
            if (bare(an.words[p]) == "by" && j >= 0) by = j;
        std::printf(
            "%s{\"v\":%d,\"word\":\"%s\",\"subj\":%d,\"subj_how\":\"%s\","
            "\"passive\":%s,\"by\":%d,\"obj\":",
            first ? "" : ",", v, json_escape(bare(an.words[v])).c_str(), subj,
            json_escape(how).c_str(), pas ? "true" : "false", by);
        print_ints(objs);
        std::printf(",\"preps\":[");
        for (size_t k = 0; k < pps.size(); ++k)
          std::printf("%s[\"%s\",%d]", k ? "," : "",
                      json_escape(bare(an.words[pps[k].first])).c_str(),
                      pps[k].second);
        std::printf("],\"subj_np\":");
        print_ints(subj >= 0 ? an.phrase(subj, false) : std::vector<int>{});
        std::printf(",\"subj_np_ext\":");
        print_ints(subj >= 0 ? an.phrase(subj, true) : std::vector<int>{});
        std::printf(",\"by_np\":");
        print_ints(by >= 0 ? an.phrase(by, false) : std::vector<int>{});
        std::printf(",\"obj_np\":[");
        for (size_t k = 0; k < objs.size(); ++k) {
          if (k) std::printf(",");
          print_ints(an.phrase(objs[k], false));
        }
        std::printf("],\"prep_np\":[");
        for (size_t k = 0; k < pps.size(); ++k) {
          if (k) std::printf(",");
          print_ints(pps[k].second >= 0 ? an.phrase(pps[k].second, false)
                                        : std::vector<int>{});
        }
        std::printf("]}");
        first = false;
      }
      std::printf("]}\n");
    } else {
      double ms = std::chrono::duration<double, std::milli>(
                      std::chrono::steady_clock::now() - t0)
                      .count();
      double cpu = (cpu_now() - c0) * 1000;
      std::printf(
          "{\"i\":%d,\"status\":\"%s\",\"stage\":%d,\"ms\":%.2f,\"cpu_ms\":%."
          "2f,\"nulls\":-1,\"text\":\"%s\","
          "\"words\":[],\"links\":[],\"verbs\":[]}\n",
          idx, status.c_str(), stage, ms, cpu, json_escape(line).c_str());
    }
    std::fflush(stdout);
    sentence_delete(sent);
    ++idx;
  }
  parse_options_delete(panic);
  parse_options_delete(po);
  dictionary_delete(dict);
  return 0;
}
