import Mustache

// Template lookups without reflection. swift-mustache answers `{{name}}` on a value that is not
// a `MustacheParent` through `Mirror`, which walks and demangles every stored property on each
// lookup; with the Markdown pages' many names (and `strings` with fifty) that was most of
// generation's time. Each render model answers its own names instead, exactly the stored
// properties `Mirror` would list (`RenderLookupTests` checks that they agree); an unknown name is
// nil, so mustache looks further out and `TemplateSet` still reports a name nothing answers.

extension MarkdownReadmePage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "locales": self.locales
        default: nil
        }
    }
}

extension MarkdownIndexPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "strings": self.strings
        case "title": self.title
        case "hasLanguages": self.hasLanguages
        case "languages": self.languages
        case "sections": self.sections
        case "hasTypes": self.hasTypes
        case "types": self.types
        default: nil
        }
    }
}

extension MarkdownIndexPage.Section: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "hasHeading": self.hasHeading
        case "heading": self.heading
        case "hasEndpoints": self.hasEndpoints
        case "endpoints": self.endpoints
        default: nil
        }
    }
}

extension MarkdownIndexPage.EndpointRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "method": self.method
        case "path": self.path
        case "since": self.since
        default: nil
        }
    }
}

extension MarkdownIndexPage.TypeRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "kind": self.kind
        case "description": self.description
        default: nil
        }
    }
}

extension MarkdownEndpointPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "strings": self.strings
        case "breadcrumb": self.breadcrumb
        case "title": self.title
        case "hasLanguages": self.hasLanguages
        case "languages": self.languages
        case "hasDeprecation": self.hasDeprecation
        case "deprecation": self.deprecation
        case "summary": self.summary
        case "hasDescription": self.hasDescription
        case "description": self.description
        case "hasRequestSections": self.hasRequestSections
        case "requestSections": self.requestSections
        case "hasResponses": self.hasResponses
        case "responses": self.responses
        case "requestExample": self.requestExample
        case "hasResponseExample": self.hasResponseExample
        case "responseExampleStatus": self.responseExampleStatus
        case "hasResponseExampleBody": self.hasResponseExampleBody
        case "responseExample": self.responseExample
        case "hasHistory": self.hasHistory
        case "history": self.history
        default: nil
        }
    }
}

extension MarkdownTypePage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "strings": self.strings
        case "breadcrumb": self.breadcrumb
        case "title": self.title
        case "hasLanguages": self.hasLanguages
        case "languages": self.languages
        case "kind": self.kind
        case "hasDescription": self.hasDescription
        case "description": self.description
        case "isObject": self.isObject
        case "hasRows": self.hasRows
        case "rows": self.rows
        case "isEnumeration": self.isEnumeration
        case "values": self.values
        case "hasUsers": self.hasUsers
        case "users": self.users
        default: nil
        }
    }
}

extension MarkdownTypePage.ValueRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "value": self.value
        case "description": self.description
        default: nil
        }
    }
}

extension MarkdownSummaryItem: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        default: nil
        }
    }
}

extension MarkdownFieldSection: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "notes": self.notes
        case "hasRows": self.hasRows
        case "rows": self.rows
        default: nil
        }
    }
}

extension MarkdownCodeBlock: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "fence": self.fence
        case "language": self.language
        case "code": self.code
        default: nil
        }
    }
}

extension MarkdownHistoryRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "version": self.version
        case "description": self.description
        default: nil
        }
    }
}

extension MarkdownFieldRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "type": self.type
        case "required": self.required
        case "description": self.description
        case "since": self.since
        case "depth": self.depth
        default: nil
        }
    }
}

extension MarkdownStrings: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "languageName": self.languageName
        case "colon": self.colon
        case "listSeparator": self.listSeparator
        case "required": self.required
        case "optional": self.optional
        case "nullable": self.nullable
        case "deprecated": self.deprecated
        case "name": self.name
        case "type": self.type
        case "description": self.description
        case "since": self.since
        case "value": self.value
        case "values": self.values
        case "version": self.version
        case "defaultValue": self.defaultValue
        case "example": self.example
        case "method": self.method
        case "path": self.path
        case "execution": self.execution
        case "synchronous": self.synchronous
        case "asynchronous": self.asynchronous
        case "authentication": self.authentication
        case "authRequired": self.authRequired
        case "authNone": self.authNone
        case "operationID": self.operationID
        case "languages": self.languages
        case "requestInputs": self.requestInputs
        case "pathParameters": self.pathParameters
        case "queryParameters": self.queryParameters
        case "headers": self.headers
        case "bodyFields": self.bodyFields
        case "responses": self.responses
        case "requestExample": self.requestExample
        case "responseExample": self.responseExample
        case "status": self.status
        case "changeHistory": self.changeHistory
        case "noChangeHistory": self.noChangeHistory
        case "noFields": self.noFields
        case "endpoints": self.endpoints
        case "types": self.types
        case "kind": self.kind
        case "object": self.object
        case "enumeration": self.enumeration
        case "fields": self.fields
        case "usedBy": self.usedBy
        case "notUsed": self.notUsed
        case "endpoint": self.endpoint
        case "wrapperNote": self.wrapperNote
        case "outsideWrapperNote": self.outsideWrapperNote
        case "recursiveNote": self.recursiveNote
        case "errorNote": self.errorNote
        case "asyncNote": self.asyncNote
        case "deprecatedSince": self.deprecatedSince
        default: nil
        }
    }
}
