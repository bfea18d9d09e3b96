# Shared by the benchmarks that run this tree's classes: the classpath to run them with, after `mvn install`.
# This tree's own modules come from their target directories (the local Maven repository may hold another checkout's
# build of them), then the libraries only: never the modules' jars as well, or everything found with classpath*:
# (the labelled files under intake/) would be read twice.
bench_classpath() {
  mvn -B -q -pl bot-admin dependency:build-classpath -DexcludeGroupIds=cn.xuanhua.bot \
    -Dmdep.outputFile=target/bench-libraries-classpath.txt >&2 || return 1
  local own=bot-admin/target/test-classes:bot-admin/target/classes:bot-core/target/test-classes
  own=$own:bot-core/target/classes:bot-adapter-wecom/target/classes:sql/target/classes
  local libraries
  libraries=$(cat bot-admin/target/bench-libraries-classpath.txt) || return 1
  echo "$own:$libraries"
}
