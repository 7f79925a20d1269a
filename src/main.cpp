#include "cli/app.hpp"

int main(int argc, char** argv) { return medvirk::cli::run(argc, argv); }
