#include <iostream>

int main() {
  std::cerr << "kg: no subcommands yet\n";
  return 2;
}
