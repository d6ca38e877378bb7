/**
 * The command line: picocli commands and mixins only. Each command validates its input, calls the
 * library, writes results to files and stdout and messages to stderr, and returns the contract's
 * exit code (0 all pass, 1 some fail, 2 bad input, 3 homepage unreachable, 4 internal error).
 */
package th.oitcrawler.cli;
