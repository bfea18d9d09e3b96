package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.intake.LexiconEntry;
import cn.xuanhua.bot.core.intake.Lexicons;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import org.springframework.stereotype.Repository;

import java.util.List;

/** {@link Lexicons} on the {@code intake_lexicon} table, unique on lexicon and phrase. */
@Repository
public class MybatisLexicons implements Lexicons {
    private final LexiconMapper mapper;

    public MybatisLexicons(LexiconMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<String> names() {
        return mapper.selectObjs(new QueryWrapper<LexiconRecord>().select("DISTINCT lexicon").orderByAsc("lexicon"))
                .stream().map(String::valueOf).toList();
    }

    @Override
    public List<Entry> phrasesOf(String lexicon) {
        return mapper.selectList(new LambdaQueryWrapper<LexiconRecord>()
                        .eq(LexiconRecord::getLexicon, lexicon).orderByAsc(LexiconRecord::getPhrase))
                .stream().map(r -> new Entry(r.getId(), r.getPhrase(), r.getWeight())).toList();
    }

    @Override
    public boolean add(LexiconEntry phrase) {
        LexiconRecord r = new LexiconRecord();
        r.setLexicon(phrase.lexicon());
        r.setPhrase(phrase.phrase());
        r.setWeight(phrase.weight());
        return RowEdits.insertIfNew(mapper, r);
    }

    @Override
    public java.util.Optional<LexiconEntry> remove(long id) {
        return RowEdits.removeById(mapper, id, r -> new LexiconEntry(r.getLexicon(), r.getPhrase(), r.getWeight()));
    }
}
