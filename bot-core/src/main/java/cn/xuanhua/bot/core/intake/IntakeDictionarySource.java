package cn.xuanhua.bot.core.intake;


/**
 * Where intake's dictionaries come from: the {@code category}, {@code category_keyword}, {@code routing_rule} and
 * {@code intake_lexicon} tables and the dispatcher department. Implemented by persistence. The application calls
 * it again periodically (and after an edit in the admin console) and builds a new
 * {@link cn.xuanhua.bot.core.intake.Triage} from the result, so edits in the database take effect without a
 * rebuild or a restart.
 */
public interface IntakeDictionarySource {

    /** A consistent snapshot of the current dictionaries. */
    IntakeDictionary load();
}
