package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.learning.Features;

/** One labelled example as a learner sees it: its feature vector and the label it should get. */
record TrainingRow(Features features, String label) {
}
