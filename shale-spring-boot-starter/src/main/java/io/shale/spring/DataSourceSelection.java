package io.shale.spring;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Which {@code DataSource} beans Shale manages: those {@code shale.data-source} names; else those
 * marked {@link ShaleDataSource}; else the only one, or the primary one.
 */
final class DataSourceSelection {
    private DataSourceSelection() {
    }

    /**
     * @return bean name to data source, in the order named or declared
     * @throws ShaleException CONFIG_BAD_VALUE when a named bean is no data source, or when several data
     *                        sources exist and nothing says which
     */
    static Map<String, DataSource> select(ConfigurableListableBeanFactory beans, List<String> named) {
        List<String> all = Arrays.asList(beans.getBeanNamesForType(DataSource.class));
        List<String> chosen = new ArrayList<>();
        if (named != null && !named.isEmpty()) {
            for (String name : named) {
                if (!all.contains(name)) {
                    throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                            "shale.data-source names '" + name + "', which is not a DataSource bean (those are: "
                                    + String.join(", ", all) + ")",
                            "name one of those beans, or remove shale.data-source to use the primary data source");
                }
                chosen.add(name);
            }
        } else {
            for (String name : all) {
                if (beans.findAnnotationOnBean(name, ShaleDataSource.class) != null) {
                    chosen.add(name);
                }
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(single(beans, all));
        }
        Map<String, DataSource> selected = new LinkedHashMap<>();
        chosen.forEach(name -> selected.put(name, beans.getBean(name, DataSource.class)));
        return selected;
    }

    private static String single(ConfigurableListableBeanFactory beans, List<String> all) {
        if (all.size() == 1) {
            return all.get(0);
        }
        List<String> primary = all.stream()
                .filter(name -> beans.containsBeanDefinition(name) && beans.getBeanDefinition(name).isPrimary())
                .toList();
        if (primary.size() == 1) {
            return primary.get(0);
        }
        throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                "the application has " + all.size() + " DataSource beans (" + String.join(", ", all)
                        + ") and nothing says which Shale manages",
                "mark the data sources Shale manages with @ShaleDataSource, set shale.data-source=<bean name>, "
                        + "or make one @Primary");
    }
}
