// Template lookups, typed: each render model answers its own names, exactly the stored
// properties `Mirror` would list (`RenderLookupTests` checks that they agree), with values that
// say what they are, so rendering never reflects or casts. An unknown name is nil, so the lookup
// goes on to the enclosing values and `TemplateSet` still reports a name nothing answers.

extension MarkdownReadmePage: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "title": self.title.templateValue
        case "locales": self.locales.templateValue
        default: nil
        }
    }
}

extension MarkdownIndexPage: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "strings": self.strings.templateValue
        case "title": self.title.templateValue
        case "hasLanguages": self.hasLanguages.templateValue
        case "languages": self.languages.templateValue
        case "sections": self.sections.templateValue
        case "hasTypes": self.hasTypes.templateValue
        case "types": self.types.templateValue
        default: nil
        }
    }
}

extension MarkdownIndexPage.Section: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "hasHeading": self.hasHeading.templateValue
        case "heading": self.heading.templateValue
        case "hasEndpoints": self.hasEndpoints.templateValue
        case "endpoints": self.endpoints.templateValue
        default: nil
        }
    }
}

extension MarkdownIndexPage.EndpointRow: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "link": self.link.templateValue
        case "method": self.method.templateValue
        case "path": self.path.templateValue
        case "since": self.since.templateValue
        default: nil
        }
    }
}

extension MarkdownIndexPage.TypeRow: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "link": self.link.templateValue
        case "kind": self.kind.templateValue
        case "description": self.description.templateValue
        default: nil
        }
    }
}

extension MarkdownEndpointPage: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "strings": self.strings.templateValue
        case "breadcrumb": self.breadcrumb.templateValue
        case "title": self.title.templateValue
        case "hasLanguages": self.hasLanguages.templateValue
        case "languages": self.languages.templateValue
        case "hasDeprecation": self.hasDeprecation.templateValue
        case "deprecation": self.deprecation.templateValue
        case "summary": self.summary.templateValue
        case "hasDescription": self.hasDescription.templateValue
        case "description": self.description.templateValue
        case "hasRequestSections": self.hasRequestSections.templateValue
        case "requestSections": self.requestSections.templateValue
        case "hasResponses": self.hasResponses.templateValue
        case "responses": self.responses.templateValue
        case "requestExample": self.requestExample.templateValue
        case "hasResponseExample": self.hasResponseExample.templateValue
        case "responseExampleStatus": self.responseExampleStatus.templateValue
        case "hasResponseExampleBody": self.hasResponseExampleBody.templateValue
        case "isSynthesizedExample": self.isSynthesizedExample.templateValue
        case "responseExample": self.responseExample.templateValue
        case "hasHistory": self.hasHistory.templateValue
        case "history": self.history.templateValue
        default: nil
        }
    }
}

extension MarkdownTypePage: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "strings": self.strings.templateValue
        case "breadcrumb": self.breadcrumb.templateValue
        case "title": self.title.templateValue
        case "hasLanguages": self.hasLanguages.templateValue
        case "languages": self.languages.templateValue
        case "kind": self.kind.templateValue
        case "hasDescription": self.hasDescription.templateValue
        case "description": self.description.templateValue
        case "isObject": self.isObject.templateValue
        case "hasRows": self.hasRows.templateValue
        case "rows": self.rows.templateValue
        case "isEnumeration": self.isEnumeration.templateValue
        case "values": self.values.templateValue
        case "hasUsers": self.hasUsers.templateValue
        case "users": self.users.templateValue
        default: nil
        }
    }
}

extension MarkdownTypePage.ValueRow: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "value": self.value.templateValue
        case "description": self.description.templateValue
        default: nil
        }
    }
}

extension MarkdownSummaryItem: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "label": self.label.templateValue
        case "value": self.value.templateValue
        default: nil
        }
    }
}

extension MarkdownFieldSection: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "title": self.title.templateValue
        case "notes": self.notes.templateValue
        case "hasRows": self.hasRows.templateValue
        case "rows": self.rows.templateValue
        default: nil
        }
    }
}

extension MarkdownCodeBlock: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "fence": self.fence.templateValue
        case "language": self.language.templateValue
        case "code": self.code.templateValue
        default: nil
        }
    }
}

extension MarkdownHistoryRow: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "version": self.version.templateValue
        case "description": self.description.templateValue
        default: nil
        }
    }
}

extension MarkdownFieldRow: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "name": self.name.templateValue
        case "type": self.type.templateValue
        case "required": self.required.templateValue
        case "description": self.description.templateValue
        case "since": self.since.templateValue
        case "depth": self.depth.templateValue
        default: nil
        }
    }
}

extension MarkdownStrings: TemplateObject {
    public func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "languageName": self.languageName.templateValue
        case "colon": self.colon.templateValue
        case "listSeparator": self.listSeparator.templateValue
        case "required": self.required.templateValue
        case "optional": self.optional.templateValue
        case "nullable": self.nullable.templateValue
        case "deprecated": self.deprecated.templateValue
        case "name": self.name.templateValue
        case "type": self.type.templateValue
        case "description": self.description.templateValue
        case "since": self.since.templateValue
        case "value": self.value.templateValue
        case "values": self.values.templateValue
        case "version": self.version.templateValue
        case "defaultValue": self.defaultValue.templateValue
        case "example": self.example.templateValue
        case "method": self.method.templateValue
        case "path": self.path.templateValue
        case "execution": self.execution.templateValue
        case "synchronous": self.synchronous.templateValue
        case "asynchronous": self.asynchronous.templateValue
        case "authentication": self.authentication.templateValue
        case "authRequired": self.authRequired.templateValue
        case "authNone": self.authNone.templateValue
        case "operationID": self.operationID.templateValue
        case "languages": self.languages.templateValue
        case "requestInputs": self.requestInputs.templateValue
        case "pathParameters": self.pathParameters.templateValue
        case "queryParameters": self.queryParameters.templateValue
        case "headers": self.headers.templateValue
        case "bodyFields": self.bodyFields.templateValue
        case "responses": self.responses.templateValue
        case "requestExample": self.requestExample.templateValue
        case "responseExample": self.responseExample.templateValue
        case "status": self.status.templateValue
        case "changeHistory": self.changeHistory.templateValue
        case "noChangeHistory": self.noChangeHistory.templateValue
        case "noFields": self.noFields.templateValue
        case "endpoints": self.endpoints.templateValue
        case "types": self.types.templateValue
        case "kind": self.kind.templateValue
        case "object": self.object.templateValue
        case "enumeration": self.enumeration.templateValue
        case "fields": self.fields.templateValue
        case "usedBy": self.usedBy.templateValue
        case "notUsed": self.notUsed.templateValue
        case "endpoint": self.endpoint.templateValue
        case "wrapperNote": self.wrapperNote.templateValue
        case "outsideWrapperNote": self.outsideWrapperNote.templateValue
        case "recursiveNote": self.recursiveNote.templateValue
        case "errorNote": self.errorNote.templateValue
        case "asyncNote": self.asyncNote.templateValue
        case "deprecatedSince": self.deprecatedSince.templateValue
        case "synthesizedExampleNote": self.synthesizedExampleNote.templateValue
        case "queryListNote": self.queryListNote.templateValue
        case "queryMapNote": self.queryMapNote.templateValue
        default: nil
        }
    }
}
