package io.perennial.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Identified;
import io.perennial.plan.PlanProjection;
import io.perennial.report.ProjectionView;
import io.perennial.tax.IncomeKind;
import java.io.IOException;

/**
 * How engine values appear in JSON: {@link Money} as a plain number (the currency is stated once
 * per document), {@link AssetId} as its text, and every {@link Identified} enum as its id
 * ({@code "tax-deferred"}, {@code "us-dividend-stocks"}), also as map keys; a {@link PlanProjection}
 * as its {@link ProjectionView} (the figures with their sentences).
 */
final class JsonModule {

  private JsonModule() {}

  static SimpleModule perennial() {
    SimpleModule module = new SimpleModule("perennial");
    // JSON has no NaN or Infinity: a figure that cannot be computed (a withdrawal rate of an empty
    // portfolio, a ratio over zero) is written as null, never as the text "NaN".
    JsonSerializer<Double> finite = new JsonSerializer<>() {
      @Override
      public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (Double.isFinite(value)) {
          generator.writeNumber(value);
        } else {
          generator.writeNull();
        }
      }
    };
    module.addSerializer(Double.class, finite);
    module.addSerializer(double.class, finite);
    module.addSerializer(double[].class, new JsonSerializer<>() {
      @Override
      public void serialize(double[] values, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeStartArray(values, values.length);
        for (double value : values) {
          finite.serialize(value, generator, provider);
        }
        generator.writeEndArray();
      }
    });
    module.addSerializer(Float.class, new JsonSerializer<>() {
      @Override
      public void serialize(Float value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        finite.serialize(value.doubleValue(), generator, provider);
      }
    });
    module.addSerializer(Money.class, new JsonSerializer<>() {
      @Override
      public void serialize(Money value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(value.amount());
      }
    });
    module.addSerializer(AssetId.class, new JsonSerializer<>() {
      @Override
      public void serialize(AssetId value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(value.value());
      }
    });
    module.addKeySerializer(AssetId.class, new JsonSerializer<>() {
      @Override
      public void serialize(AssetId value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeFieldName(value.value());
      }
    });
    module.addSerializer(Identified.class, new JsonSerializer<>() {
      @Override
      public void serialize(Identified value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(value.id());
      }
    });
    module.addKeySerializer(IncomeKind.class, new JsonSerializer<>() {
      @Override
      public void serialize(IncomeKind value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeFieldName(key(value));
      }
    });
    module.addKeySerializer(Identified.class, new JsonSerializer<>() {
      @Override
      public void serialize(Identified value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeFieldName(value.id());
      }
    });
    // The projection is written with its sentences (the verdict, how it is built, the tax rates'
    // basis), which the report package writes for every renderer.
    module.addSerializer(PlanProjection.class, new JsonSerializer<>() {
      @Override
      public void serialize(PlanProjection value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        provider.defaultSerializeValue(ProjectionView.of(value), generator);
      }
    });
    return module;
  }

  /**
   * The JSON key of an income kind: its id in camelCase ({@code qualified-dividends} →
   * {@code qualifiedDividends}), as the tax and plan documents have always named them.
   */
  static String key(IncomeKind kind) {
    StringBuilder key = new StringBuilder();
    boolean upper = false;
    for (char c : kind.id().toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }
}
