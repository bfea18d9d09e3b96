/**
 * The domain of 诉求助手 and its use cases, free of any framework: intake (masking, classification,
 * deadline reading, the working-day calendar), routing, the appeal's state machine, commands, the deadline
 * watch and digests. What the domain needs from outside is declared as ports (interfaces named for what the core
 * needs: {@code Appeals}, {@code Outbox}, {@code Groups}...) beside the model they serve, so that the packages form
 * layers without a cycle; docs/architecture.md draws them.
 */
package cn.xuanhua.bot.core;
