/**
 * Text helpers shared by intake and routing: folding people's spelling variants (full-width forms, upper case)
 * and matching many phrases at once with an Aho-Corasick trie.
 */
package cn.xuanhua.bot.core.text;
