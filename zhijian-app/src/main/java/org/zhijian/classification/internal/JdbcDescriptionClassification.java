package org.zhijian.classification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhijian.algo.text.Keyword;
import org.zhijian.algo.text.LabelScore;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.Explanation;
import org.zhijian.classification.HazardType;
import org.zhijian.classification.KeywordDictionary;
import org.zhijian.classification.KeywordEntry;
import org.zhijian.classification.KeywordsChanged;
import org.zhijian.classification.NewKeyword;
import org.zhijian.classification.ProductCategory;
import org.zhijian.classification.Suggestion;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;

/**
 * The dictionaries live in the database; the classifier and the segmenter built from them are kept in memory and
 * rebuilt after every change.
 */
@Service
class JdbcDescriptionClassification implements DescriptionClassification {

    private final KeywordStore store;
    private final ClassificationManagement classification;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private volatile Model model;
    private volatile List<HazardType> hazards;

    JdbcDescriptionClassification(
            KeywordStore store,
            ClassificationManagement classification,
            CurrentActor currentActor,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.classification = classification;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
    }

    /** A classifier with the segmenter that knows its terms. */
    private record Model(DescriptionClassifier classifier, HanlpWords words) {}

    /** Counts the dictionary's changes, so that a classifier built from a read older than a change is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private Model model() {
        Model m = model;
        if (m == null) {
            long built = generation.get();
            List<Keyword> categories = store.live(KeywordDictionary.CATEGORY);
            List<Keyword> hazardTerms = store.live(KeywordDictionary.HAZARD);
            m = new Model(
                    new DescriptionClassifier(categories, hazardTerms),
                    new HanlpWords(Stream.concat(categories.stream(), hazardTerms.stream())
                            .map(Keyword::term)
                            .toList()));
            if (generation.get() == built) {
                model = m;
            }
        }
        return m;
    }

    @Override
    public Suggestion suggest(String product, String description) {
        Model m = model();
        return m.classifier().suggest(m.words().of(product), m.words().of(description));
    }

    @Override
    public Explanation explain(String product, String description) {
        Model m = model();
        List<String> productWords = m.words().of(product);
        List<String> descriptionWords = m.words().of(description);
        Map<String, String> categoryNames = classification.categories().stream()
                .collect(Collectors.toMap(ProductCategory::code, ProductCategory::nameZh));
        Map<String, String> hazardNames =
                hazardTypes().stream().collect(Collectors.toMap(HazardType::code, HazardType::name));
        return new Explanation(
                Stream.concat(productWords.stream(), descriptionWords.stream()).toList(),
                ranked(m.classifier().rankCategories(productWords, descriptionWords), categoryNames),
                ranked(m.classifier().rankHazards(productWords, descriptionWords), hazardNames),
                m.classifier().suggest(productWords, descriptionWords));
    }

    private static List<Explanation.RankedLabel> ranked(List<LabelScore> scores, Map<String, String> names) {
        return scores.stream()
                .map(s -> new Explanation.RankedLabel(
                        s.label(), names.getOrDefault(s.label(), s.label()), s.score(), s.terms()))
                .toList();
    }

    @Override
    public List<HazardType> hazardTypes() {
        List<HazardType> list = hazards;
        if (list == null) {
            list = store.hazardTypes();
            hazards = list;
        }
        return list;
    }

    @Override
    public Optional<HazardType> findHazard(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String key = codeOrName.strip();
        return hazardTypes().stream()
                .filter(h -> h.code().equals(key.toUpperCase(Locale.ROOT))
                        || h.name().equals(key))
                .findFirst();
    }

    @Override
    public List<KeywordEntry> keywords(KeywordDictionary dictionary, String label) {
        return store.entries(dictionary, label == null || label.isBlank() ? null : label.strip());
    }

    @Override
    @Transactional
    public KeywordEntry addKeyword(NewKeyword k) {
        currentActor.get().checkMayWrite();
        String given = k.label() == null ? "" : k.label().strip();
        Label label = label(k.dictionary(), given)
                .orElseThrow(() -> new BusinessRuleViolation(ClassificationErrors.UNKNOWN_LABEL, given));
        String term = k.term() == null ? "" : k.term().strip();
        double weight = k.weight() == null ? 1 : k.weight();
        if (term.isEmpty() || term.codePointCount(0, term.length()) > 60 || !(weight >= 0.1 && weight <= 5)) {
            throw new BusinessRuleViolation(ClassificationErrors.BAD_TERM);
        }
        long id = store.insert(
                        k.dictionary(),
                        label.code(),
                        term,
                        weight,
                        currentActor.get().username())
                .orElseThrow(() -> new BusinessRuleViolation(ClassificationErrors.TERM_EXISTS, term, label.name()));
        KeywordEntry added = store.find(id).orElseThrow();
        audit.record(new AuditEntry(
                "KEYWORD_ADD",
                "classification_keyword",
                String.valueOf(id),
                "在“" + label.name() + "”的词典中加入关键词“" + term + "”",
                null,
                added));
        changed(k.dictionary());
        return added;
    }

    @Override
    @Transactional
    public void removeKeyword(long id) {
        currentActor.get().checkMayWrite();
        KeywordEntry entry =
                store.find(id).orElseThrow(() -> new BusinessRuleViolation(ClassificationErrors.NO_SUCH_TERM, id));
        store.remove(id, currentActor.get().username());
        audit.record(new AuditEntry(
                "KEYWORD_REMOVE",
                "classification_keyword",
                String.valueOf(id),
                "删除关键词“" + entry.term() + "”（" + entry.label() + "）",
                entry,
                null));
        changed(entry.dictionary());
    }

    private record Label(String code, String name) {}

    private Optional<Label> label(KeywordDictionary dictionary, String given) {
        if (dictionary == KeywordDictionary.CATEGORY) {
            return classification
                    .findCategory(given.toUpperCase(Locale.ROOT))
                    .map(c -> new Label(c.code(), c.nameZh()));
        }
        return findHazard(given).filter(h -> !h.code().equals(HazardType.NONE)).map(h -> new Label(h.code(), h.name()));
    }

    private void changed(KeywordDictionary dictionary) {
        drop();
        events.publishEvent(new KeywordsChanged(dictionary));
    }

    /**
     * Drops the classifier once the change is committed, so no reader keeps one built before it; first of the
     * change's listeners, so that those reclassifying records use the new dictionary.
     */
    @TransactionalEventListener
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    void on(KeywordsChanged event) {
        drop();
    }

    private void drop() {
        generation.incrementAndGet();
        model = null;
    }

    /** Drops what is cached, after the seeder ran. */
    void forget() {
        drop();
        hazards = null;
    }
}
