// Every word apigen prints about its input is written here, and nowhere else.

extension DiagnosticMessage {
    /// The English message, one line except where quoted input holds line breaks (which
    /// `Diagnostic` escapes).
    public var text: String {
        switch self {
        // MARK: YAML
        case .invalidUTF8(let byte):
            "the file is not valid UTF-8: byte 0x\(Self.twoDigitHex(byte)) cannot start or continue a character (save the file as UTF-8)"
        case .yamlParserUnavailable:
            "could not start the YAML parser (out of memory)"
        case .emptyFile:
            "the file is empty; a spec file starts with 'apigen: 1'"
        case .invalidYAML(let problem, let context):
            "invalid YAML: \(problem ?? "unreadable YAML")"
                + (context.map { " (\($0.description) at line \($0.line), column \($0.column))" } ?? "")
        case .secondYAMLDocument:
            "a spec file holds one YAML document, but a second document starts here"
        case .yamlTooDeep(let limit):
            "the YAML nests more than \(limit) levels deep"
        case .duplicateKey(let key):
            "duplicate key '\(key)'"
        case .recursiveAlias:
            "recursive alias: an alias here refers to a node that contains it"
        case .aliasedNodeStartsHere:
            "the aliased node starts here"
        case .aliasExpansionLimit(let budget):
            "aliases expand to more than \(budget) nodes; refusing to expand further (is this an alias bomb?)"
        case .keyFirstAppearsHere(let key):
            "'\(key)' first appears here"

        // MARK: Reading keywords and values
        case .keywordNotText(let found):
            "a keyword must be text, found \(found.text)"
        case .unknownKeyword(let keyword, let place, let suggestion):
            "unknown keyword '\(keyword)' in \(place.text)\(Self.didYouMean(suggestion))"
        case .missingKeyword(let keyword, let place):
            "\(place.text) is missing '\(keyword)'"
        case .nameNotText(let place, let found):
            "a name in \(place.text) must be text, found \(found.text)"
        case .notAMapping(let place, let found):
            "\(place.text) must be a mapping, found \(found.text)"
        case .notText(let name, let found):
            "'\(name.text)' must be text, found \(found.text)"
        case .emptyValue(let name):
            "'\(name.text)' has no value"
        case .notABoolean(let name, let found):
            "'\(name.text)' must be true or false, found \(found.text)"
        case .notAWholeNumber(let name, let range, let found):
            "'\(name.text)' must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(found.text)"
        case .choiceNotText(let name, let options, let found):
            "'\(name.text)' must be one of \(Self.quotedList(options)), found \(found.text)"
        case .invalidChoice(let name, let found, let options, let suggestion):
            "invalid \(name.text) '\(found)'; expected one of \(Self.quotedList(options))\(Self.didYouMean(suggestion))"
        case .notLocalizedText(let name, let found):
            "'\(name.text)' must be text or a mapping of locale to text, found \(found.text)"
        case .localeNotText(let found):
            "a locale must be text, found \(found.text)"
        case .unknownLocale(let locale, let declared, let suggestion):
            "unknown locale '\(locale)' (api.locales lists \(declared.joined(separator: ", ")))\(Self.didYouMean(suggestion))"
        case .notAList(let name, let found):
            "'\(name.text)' must be a list, found \(found.text)"

        // MARK: Spec files
        case .missingFormatVersion(let version):
            "a spec file must start with 'apigen: \(version)'"
        case .formatVersionNotFirst(let version):
            "'apigen: \(version)' must be the first key of a spec file"
        case .quotedFormatVersion(let version):
            "the format version is a plain number: write 'apigen: \(version)' without quotes or tags"
        case .unsupportedFormatVersion(let found, let supported):
            "unsupported spec format version '\(found.unquotedText)'; this apigen reads version \(supported)"
        case .noDeclarations:
            "this spec file declares no 'api', 'endpoint' or 'types'"
        case .noLocales:
            "'locales' must name at least one locale"
        case .unknownTimeZone(let zone):
            "unknown time zone '\(zone)' (use an IANA name such as 'Asia/Shanghai' or 'UTC')"
        case .invalidJobsPath:
            "'jobs-path' must start with '/', not end with one and hold no placeholder"
        case .bothFieldsAndValues(let place):
            "\(place.text) has both 'fields' and 'values'; a type is an object or an enum"
        case .typeWithoutFieldsOrValues(let type):
            "type '\(type)' needs 'fields' (an object) or 'values' (an enum)"
        case .builtinTypeRedefined(let name):
            "'\(name)' is a built-in type and cannot be defined again"
        case .invalidTypeName(let name):
            "'\(name)' is not a valid type name (use letters, digits and '_')"
        case .inlineTypeWithoutName(let definesEnum, let spelling):
            "'\(definesEnum ? "values" : "fields")' defines a type, so 'type' must name it "
                + "(for example 'type: \(definesEnum ? "VmState" : "VmInstanceInventory")'), not '\(spelling)'"
        case .enumWithoutValues(let type):
            "enum '\(type)' lists no values"
        case .invalidOperationID(let id):
            "operation id '\(id)' must be an UpperCamel identifier, such as 'UpdateGuestToolsState'"
        case .getWithBody:
            "a GET request has no body (HTTP clients such as URLSession refuse to send one); put its inputs under 'query-parameters'"
        case .outsideWrapperWithoutWrapper:
            "'outside-wrapper' has no effect: the body has no 'wrapper'"
        case .historyNotAList(let found):
            "'history' must be a list of {version, description}, found \(found.text)"
        case .pathWithoutLeadingSlash:
            "a path must start with '/'"
        case .queryInPath(let character):
            "a path holds no '\(character)': declare the query's inputs under 'query-parameters'"
        case .placeholderNotWholeSegment(let name):
            "placeholder '{\(name)}' must be a whole path segment, as in '/volumes/{\(name)}/actions': "
                + "servers route a segment as text or as one parameter"
        case .unmatchedBraceInPath:
            "unmatched brace in the path; placeholders look like '{name}'"
        case .duplicatePlaceholder(let name):
            "placeholder '{\(name)}' appears twice in the path"
        case .placeholderWithoutParameter(let name, let suggestion):
            "path placeholder '{\(name)}' has no entry in 'path-parameters'\(Self.didYouMean(suggestion))"
        case .parameterNotInPath(let name, let path):
            "path parameter '\(name)' does not appear in the path '\(path)'"
        case .optionalPathParameter(let name):
            "path parameter '\(name)' cannot be optional: the path needs a value for '{\(name)}'; remove 'required: false'"

        // MARK: Type expressions
        case .unexpectedCharacterInType(let character, let type):
            "unexpected '\(character)' in type '\(type)'"
        case .invalidType(let type):
            "invalid type '\(type)'"
        case .expectedTypeName(let found):
            "expected a type name, found \(found.map { "'\($0)'" } ?? "the end")"
        case .bareList:
            "a bare 'List' does not say what it holds; write 'List<String>' (or the element type the documentation gives)"
        case .listArgumentCount:
            "'List' takes one element type, as in 'List<String>'"
        case .mapArgumentCount:
            "'Map' takes a key and a value type, as in 'Map<String, Long>'"
        case .mapKeyNotString:
            "map keys are JSON object keys, so the key type must be 'String'"
        case .typeTakesNoArguments(let name):
            "'\(name)' takes no type arguments"
        case .missingClosingAngleBracket:
            "missing '>' at the end of the type"
        case .expectedCommaOrClosingAngleBracket(let found):
            "expected ',' or '>' but found '\(found)'"

        // MARK: Resolving the model
        case .noAPISettings:
            "no spec file declares 'api:'; using default settings (name 'API', locale 'en', ZStack wire rules)"
        case .apiDeclaredAgain:
            "'api' is declared again; exactly one spec file holds the API settings"
        case .apiFirstDeclaredHere:
            "the API settings are first declared here"
        case .typeRedefinedDifferently(let type, let difference):
            "type '\(type)' is defined again differently: \(difference.text)"
        case .typeFirstDefinedHere(let type):
            "'\(type)' is first defined here"
        case .operationIDReused(let id):
            "operation id '\(id)' is already used by another endpoint"
        case .operationIDFirstUsedHere(let id):
            "'\(id)' is first used here"
        case .unknownType(let name, let suggestion):
            "unknown type '\(name)'"
                + (suggestion == nil ? "; define it under 'types:', or with 'fields:' or 'values:' at its first use" : Self.didYouMean(suggestion))
        case .undefinedErrorType(let name, let suggestion):
            "the error type '\(name)' is not defined in any spec file\(Self.didYouMean(suggestion))"

        // MARK: Names, routes and parameter encodings
        case .swiftNameCollision(let kind, let name, let other, let swiftName):
            "\(kind.text) '\(name)' and \(kind.text) '\(other)' both become the Swift name '\(swiftName)'; rename one of them"
        case .typeNameIsEndpointName(let type, let operationID, let swiftName):
            "type '\(type)' and the namespace of endpoint '\(operationID)' both become the Swift name '\(swiftName)'; rename one of them"
        case .collidingNameHere(let name):
            "'\(name)' is here"
        case .indistinguishableEndpoints(let operationID, let method, let path, let other, let otherMethod, let otherPath, let wrapper):
            "endpoint '\(operationID)' cannot be told apart from '\(other)': "
                + "'\(method.rawValue) \(path)' is the route of '\(otherMethod.rawValue) \(otherPath)' and "
                + (wrapper.map { "both bodies have the wrapper '\($0)'" } ?? "neither body has a wrapper")
                + "; give one of them another path, method or body wrapper"
        case .declaredHere(let name):
            "'\(name)' is declared here"
        case .bodyFieldReadsAsWrapper(let field, let operationID, let other, let method, let path):
            "body field '\(field)' of '\(operationID)' stands at the top level of the body, where it reads as the wrapper of '\(other)', "
                + "which shares the route '\(method.rawValue) \(path)'; rename the field or the wrapper"
        case .wrapsBodyHere(let operationID, let wrapper):
            "'\(operationID)' wraps its body in '\(wrapper)' here"
        case .parameterNotEncodable(let name, let type, let kind):
            "'\(name)' of type '\(type)' cannot be sent as \(kind.textWithArticle): \(kind.encodingRule); declare it in the body instead"
        case .queryParameterReadsAsMapEntry(let name, let map):
            "query parameter '\(name)' reads as an entry of the map '\(map)', which is sent as '\(map).key=value'; rename one of them"
        case .pagingMethodIsEndpointMethod(let operationID, let query, let swiftName):
            "the client method of '\(operationID)' and the paging method of query endpoint '\(query)' are both named '\(swiftName)'; "
                + "rename one of the endpoints"
        case .sessionConventionNotMet(let problem):
            problem.text
        case .queryConventionNotFollowed(let operationID, let conditions, let requirement):
            "'\(operationID)' has the query parameter '\(conditions)', so it follows api.queries, but "
                + requirement.text

        // MARK: Examples
        case .exampleBodyNotDeclared:
            "the request example has a body, but the endpoint declares none"
        case .exampleBodyNotAnObject(let found):
            "example body must be an object, found \(found.textWithArticle)"
        case .exampleBodyMissingWrapper(let wrapper, let misplacedField):
            "example body is missing the wrapper '\(wrapper)': fields go inside {\"\(wrapper)\": {...}}"
                + (misplacedField.map { " ('\($0)' belongs inside it)" } ?? "")
        case .exampleFieldNotTopLevel(let name, let wrapper, let belongsInWrapper, let suggestion):
            "'\(name)' is not a top-level field of the body"
                + (belongsInWrapper ? "; it belongs inside '\(wrapper)'" : Self.didYouMean(suggestion))
        case .exampleUnknownParameter(let name, let kind, let operationID, let suggestion):
            "'\(name)' is not \(kind.textWithArticle) of \(operationID)\(Self.didYouMean(suggestion))"
        case .exampleMissingParameter(let name, let kind):
            "the request example gives no value for \(kind.text) '\(name)'"
        case .exampleUnexpectedStatus(let status, let documented, let errorStatuses):
            "response example status \(status) is neither the documented \(documented) nor an error status "
                + "(\(errorStatuses.map(String.init).joined(separator: ", ")))"
        case .exampleNotAnObject(let path, let found):
            "\(path.text) must be an object, found \(found.textWithArticle)"
        case .exampleKeyNotText:
            "an object key must be text"
        case .exampleUnknownField(let name, let owner, let suggestion):
            "'\(name)' is not a field of \(owner.text)\(Self.didYouMean(suggestion))"
        case .exampleTooDeep(let path, let limit):
            "\(path.text) nests deeper than \(limit) levels"
        case .exampleNullNotAllowed(let path):
            "\(path.text) is null, but the field is required and not nullable"
        case .exampleWrongType(let path, let expected, let type, let found, let text):
            "\(path.text) must be \(expected.text) (\(type)), found \(found.textWithArticle)\(Self.quotedValue(text))"
        case .exampleNotWholeNumber(let path, let type, let text):
            "\(path.text) must be a whole number (\(type)), found '\(text)'"
        case .exampleEnumNotString(let path, let enumName, let found, let text):
            "\(path.text) must be a string (\(enumName)), found \(found.textWithArticle)\(Self.quotedValue(text))"
        case .exampleNotEnumValue(let path, let value, let enumName, let suggestion):
            "\(path.text) is '\(value)', which is not a value of \(enumName)\(Self.didYouMean(suggestion))"

        // MARK: Templates
        case .templateUnterminatedTagAtEnd(let startDelimiter):
            Self.templateSyntax("unterminated tag: '\(startDelimiter)' at the end of the template")
        case .templateUnterminatedTag(let expected):
            Self.templateSyntax("unterminated tag: no '\(expected)' before the end of the template")
        case .templateUnexpectedCharacterInTag(let character, let expected):
            Self.templateSyntax("unexpected '\(character)' in tag: expected '\(expected)'")
        case .templateClosingTagWithoutSection(let name):
            Self.templateSyntax("closing tag '\(name)' has no open section")
        case .templateClosingTagMismatch(let name, let open):
            Self.templateSyntax("closing tag '\(name)' does not match the open section '\(open)'")
        case .templateSectionNeverClosed(let name):
            Self.templateSyntax("section '\(name)' is never closed")
        case .templateTagWithoutName:
            Self.templateSyntax("tag without a name")
        case .templatePartialWithoutName:
            Self.templateSyntax("partial tag without a name")
        case .templateUnterminatedComment(let endDelimiter):
            Self.templateSyntax("unterminated comment: no '\(endDelimiter)' before the end of the template")
        case .templateInvalidSetDelimiter(let startDelimiter, let endDelimiter):
            Self.templateSyntax("invalid set-delimiter tag: expected '\(startDelimiter)=START END=\(endDelimiter)'")
        case .templateInvalidPragma:
            Self.templateSyntax("invalid pragma: expected 'CONTENT_TYPE: TEXT' or 'CONTENT_TYPE: HTML'")
        case .templateUnknownPragma(let name):
            Self.templateSyntax("unknown pragma '\(name)'")
        case .templateUnknownContentType(let value):
            Self.templateSyntax("unknown content type '\(value)': expected TEXT or HTML")
        case .templateTransformUnsupported(let name):
            Self.templateSyntax("transforms ('\(name)') are not supported")
        case .templateInheritanceUnsupported(let sigil):
            Self.templateSyntax("template inheritance ('\(sigil)') is not supported")
        case .templateDynamicPartialUnsupported:
            Self.templateSyntax("dynamic partials ('>*name') are not supported")
        case .groovyUnterminatedString:
            "the string does not end; only a string in triple quotes may span lines"
        case .groovyUnexpectedCharacter(let character):
            "unexpected character '\(character)' in a documentation file"
        case .groovyUnexpectedToken(let found, let expected):
            "expected \(expected), found \(found)"
        case .zstackCheckoutWithoutDocs(let folder):
            "'\(folder)' holds no *Doc_zh_cn.groovy file; give the root of a checkout of zstackio/zstack"
        case .zstackURLNotMethodAndPath(let url):
            "the url '\(url)' is not 'METHOD /path'; it is not imported"
        case .zstackPageWithoutURL:
            "the request has no url; the page is not imported"
        case .zstackSeveralURLs(let operationIDs):
            "the page lists \(operationIDs.count) URLs; each is imported as an endpoint of its own: "
                + operationIDs.joined(separator: ", ")
        case .zstackListWithoutElementType(let field, let importedAs):
            "neither the doc nor the Java declaration says what the list '\(field)' holds; imported as '\(importedAs)'"
        case .zstackMapWithUnknownValueType(let field):
            "neither the doc nor the Java declaration says what the map '\(field)' holds; imported as 'Map', an opaque JSON object"
        case .zstackClassWithoutDoc(let className, let field):
            "'\(className)', the type of '\(field)', has no doc and is not an enum; imported as 'JSON'"
        case .zstackUnknownType(let name, let field):
            "'\(name)', the type of '\(field)', is not a class of the checkout; imported as 'JSON'"
        case .zstackUndocumentedPathParameter(let name):
            "no column documents the path parameter '\(name)'; imported as a required 'String'"
        case .zstackOperationIDReused(let id):
            "another page already has the operation id '\(id)'; this page is not imported"
        case .zstackTypeNameClash(let name, let importedAs):
            "another documented class is also called '\(name)'; this one is imported as '\(importedAs)'"
        case .zstackPageWithoutResponse:
            "the page names no reply or event class; the endpoint is imported with an empty reply"
        case .templatesFolderUnreadable:
            "cannot read the templates folder"
        case .builtinTemplatesMissing:
            "cannot find apigen's templates: copy the apigen_APIGenTemplates.resources folder from the build folder "
                + "beside the apigen executable, or pass --templates with a copy of templates/"
        case .noSuchTemplate(let name):
            "no template named '\(name)'"
        case .templateNameMissingFromModel(let template, let name):
            "template '\(template)' uses '\(name)', which its render model does not have"
        case .templatePartialMissing(let template, let partial):
            "template '\(template)' includes the partial '\(partial)', which is not a template"
        case .renderFailed(let description):
            description

        // MARK: Configuration
        case .unsupportedConfigVersion(let found):
            "unsupported config version '\(found.unquotedText)'; this apigen reads version 1"
        case .outputsNotAList:
            "'outputs' must be a list of {emitter, path, options}"
        case .duplicateOutputPath(let path):
            "two outputs write into '\(path)'"
        case .firstOutputHere:
            "the first is here"
        case .unknownEmitter(let name, let known, let suggestion):
            "unknown emitter '\(name)'; expected one of \(Self.quotedList(known))\(Self.didYouMean(suggestion))"
        case .layoutNotSupported(let layout, let emitter):
            "'layout: \(layout.rawValue)' does not apply to the \(emitter) emitter"
        case .perCategoryModulesNotSupported(let emitter):
            "'modules: per-category' does not apply to the \(emitter) emitter"
        case .perCategoryModulesNeedPerDeclarationLayout:
            "'modules: per-category' needs 'layout: per-declaration': a build plugin generates into one target"
        case .perCategoryModulesNeedPublicAccess:
            "'modules: per-category' needs 'access: public': the category modules and the umbrella module use each other's declarations"
        case .minimumModuleEndpointsNeedPerCategoryModules:
            "'min-module-endpoints' needs 'modules: per-category': it says which categories share a module"
        case .maximumModuleEndpointsNeedPerCategoryModules:
            "'max-module-endpoints' needs 'modules: per-category': it says how many endpoints the modules that categories are packed into hold"
        case .moduleEndpointBoundsCombined:
            "'max-module-endpoints' and 'min-module-endpoints' cannot be combined: the first packs every category into modules of at most that many endpoints, the second puts the categories under that many into one module; keep one"
        case .flattenedMethodsNotSupported(let emitter):
            "'flattened-methods' does not apply to the \(emitter) emitter: it says which methods a Swift client declares"
        }
    }

    /// `; did you mean 'x'?` after a message, or nothing without a suggestion.
    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    /// `'a', 'b', 'c'`.
    private static func quotedList(_ words: [String]) -> String {
        words.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// ` 'text'` after the kind of a scalar found, or nothing for a collection.
    private static func quotedValue(_ text: String?) -> String {
        text.map { " '\($0)'" } ?? ""
    }

    private static func templateSyntax(_ detail: String) -> String {
        "template syntax error: \(detail)"
    }

    private static func twoDigitHex(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return hex.count == 1 ? "0" + hex : hex
    }
}

extension DiagnosticMessage.Found {
    /// `nothing`, `null`, `a scalar`, `'text'`, `a list`, `a mapping`, `an empty mapping`.
    var text: String {
        switch self {
        case .nothing: "nothing"
        case .null: "null"
        case .scalar: "a scalar"
        case .text(let text): "'\(text)'"
        case .list: "a list"
        case .mapping: "a mapping"
        case .emptyMapping: "an empty mapping"
        }
    }

    /// As `text`, but a scalar's text without quotes (for messages that quote it themselves).
    var unquotedText: String {
        if case .text(let text) = self { return text }
        return self.text
    }
}

extension DiagnosticMessage.Place {
    var text: String {
        switch self {
        case .keyword(let keyword): "'\(keyword)'"
        case .specFile: "a spec file"
        case .type(let name): "type '\(name)'"
        case .field(let name): "field '\(name)'"
        case .fieldsOf(let type): "the fields of '\(type)'"
        case .valuesOf(let type): "the values of '\(type)'"
        case .endpoint: "the endpoint"
        case .bodyFields: "the body's 'fields'"
        case .responseFields: "the response's 'fields'"
        case .historyEntry: "a history entry"
        case .requestExample: "the request example"
        case .responseExample: "the response example"
        case .requestExamplePart(let part): "the example's '\(part)'"
        case .config: "the config"
        case .output: "an output"
        case .outputOptions: "the options"
        }
    }
}

extension DiagnosticMessage.ValueName {
    var text: String {
        switch self {
        case .key(let key): key
        case .accessLevel: "access level"
        case .enumValueText(let value): "the text of '\(value)'"
        case .translation(let name, let locale): "\(name.text).\(locale)"
        }
    }
}

extension DiagnosticMessage.NameKind {
    var text: String {
        switch self {
        case .type: "type"
        case .operationID: "operation id"
        case .field: "field"
        case .value: "value"
        case .parameter: "parameter"
        case .responseField: "response field"
        }
    }
}

extension DiagnosticMessage.SessionProblem {
    var text: String {
        switch self {
        case .unknownEndpoint(let name, let keyword):
            "api.sessions.\(keyword) names '\(name)', which is the operation id of no endpoint"
        case .noSessionID(let operationID, let path):
            "the reply of log-in endpoint '\(operationID)' has no String field '\(path)' (api.sessions.session-id)"
        case .noLogOutParameter(let operationID, let parameter):
            "log-out endpoint '\(operationID)' has no String input '\(parameter)' (api.sessions.log-out-parameter)"
        case .logOutNeedsMore(let operationID, let input):
            "log-out endpoint '\(operationID)' requires '\(input)' besides the session id, which closing a session cannot supply"
        case .errorTypeWithoutCode(let type):
            "api.sessions.invalid-session-codes compares the 'code' of the error type '\(type)', which has no String field 'code'"
        case .methodNameTaken(let operationID, let swiftName):
            "the client method of '\(operationID)' is named '\(swiftName)', as the client's session method is; rename the endpoint"
        }
    }
}

extension DiagnosticMessage.QueryRequirement {
    /// What the endpoint lacks, after "but": `it has no Integer or Long query parameter 'limit' (api.queries.limit)`.
    var text: String {
        switch self {
        case .conditionsParameter(let name):
            "'\(name)' is not a List<String>, whose values repeat in the query string (api.queries.conditions)"
        case .integerParameter(let name, let keyword):
            "it has no Integer or Long query parameter '\(name)' (api.queries.\(keyword))"
        case .booleanParameter(let name, let keyword):
            "it has no Boolean query parameter '\(name)' (api.queries.\(keyword))"
        case .stringParameter(let name, let keyword):
            "it has no String query parameter '\(name)' (api.queries.\(keyword))"
        case .listField(let name, let keyword):
            "its reply has no List field '\(name)' (api.queries.\(keyword))"
        case .integerField(let name, let keyword):
            "its reply has no Integer or Long field '\(name)' (api.queries.\(keyword))"
        }
    }
}

extension DiagnosticMessage.ParameterKind {
    var text: String {
        switch self {
        case .path: "path parameter"
        case .query: "query parameter"
        case .header: "header"
        }
    }

    var textWithArticle: String { "a \(text)" }

    /// Why only some types can be sent this way.
    var encodingRule: String {
        switch self {
        case .path: "a path segment holds one scalar: a string, number, boolean, timestamp or enum value"
        case .header: "a header field holds one scalar: a string, number, boolean, timestamp or enum value"
        case .query:
            "a query parameter is a scalar, a List of scalars ('name=a&name=b'), or a Map<String, T> of scalars or of Lists of them, "
                + "or a LinkedHashMap ('name.key=value')"
        }
    }
}

extension DiagnosticMessage.ExampleOwner {
    var text: String {
        switch self {
        case .body: "the body"
        case .wrapper(let wrapper): "'\(wrapper)'"
        case .response: "the response"
        case .errorReply: "an error reply"
        case .acceptedReply: "an accepted reply"
        case .type(let name): name
        }
    }
}

extension DiagnosticMessage.ExpectedValue {
    var text: String {
        switch self {
        case .kinds(let kinds): kinds.map(\.textWithArticle).joined(separator: " or ")
        case .wholeNumber: "a whole number"
        case .timestamp: "a date string or epoch milliseconds"
        }
    }
}

extension DiagnosticMessage.TypeDifference {
    var text: String {
        switch self {
        case .objectBecameEnum: "it was an object, here it is an enum"
        case .enumBecameObject: "it was an enum, here it is an object"
        case .valueAdded(let value): "value '\(value)' is new here"
        case .valueRemoved(let value): "value '\(value)' is missing here"
        case .valueTextChanged(let value): "the text of value '\(value)' differs"
        case .valuesReordered: "the values are in another order"
        case .fieldAdded(let field): "field '\(field)' is new here"
        case .fieldRemoved(let field): "field '\(field)' is missing here"
        case .fieldsReordered: "the fields are in another order"
        case .fieldTypeChanged(let field, let from, let to): "field '\(field)' was \(from), here it is \(to)"
        case .fieldRequiredChanged(let field): "field '\(field)' differs in 'required'"
        case .fieldNullableChanged(let field): "field '\(field)' differs in 'nullable'"
        case .fieldDescriptionChanged(let field): "the description of field '\(field)' differs"
        case .fieldChanged(let field): "field '\(field)' differs"
        case .descriptionChanged: "the description differs"
        case .definitionsDiffer: "the definitions differ"
        }
    }
}

extension JSONValueKind {
    /// `null`, `a string`, `an array`...
    var textWithArticle: String {
        switch self {
        case .null: "null"
        case .array, .object: "an \(rawValue)"
        case .boolean, .number, .string: "a \(rawValue)"
        }
    }
}

extension ValuePath {
    /// `example value for 'body.inventory.cpuNum'`, `default value for 'limit'`.
    var text: String { "\(keyword) value for '\(components)'" }
}
