package io.devzone.commons.record;

/**
 * An input that copies itself onto its record: implemented by the {@code <Input>Copy} records-codegen generates from
 * the input's {@code @RecordCopy}, and what {@link RecordService#apply} does unless the aggregate says more.
 */
public interface InputCopy<E> {

    /** Sets the record's fields from the input's components of the same name, normalised by the house's rules. */
    void copyTo(E record);
}
