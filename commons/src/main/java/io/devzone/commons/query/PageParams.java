package io.devzone.commons.query;

import jakarta.ws.rs.QueryParam;

/** The paging query parameters every REST list takes: {@code ?page=0&size=20&sort=-name}. */
public class PageParams {

    @QueryParam("page")
    public Integer page;

    @QueryParam("size")
    public Integer size;

    @QueryParam("sort")
    public String sort;

    public PageRequest toRequest() {
        return PageRequest.of(page, size, sort);
    }
}
