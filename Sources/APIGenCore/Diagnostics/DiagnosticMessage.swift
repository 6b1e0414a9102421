/// What a diagnostic reports, as a fact: which kind of finding, and the names, keys, types and
/// counts it is about.
///
/// Stages report these values; their English wording is written once, in
/// `DiagnosticMessage+Text.swift`. Each case has a stable `code` for tests and tooling, and a
/// fixed `severity`.
public enum DiagnosticMessage: Hashable, Sendable {
    // MARK: - YAML

    /// A byte that is not valid UTF-8 (the first one in the file).
    case invalidUTF8(byte: UInt8)
    /// libyaml could not allocate its parser.
    case yamlParserUnavailable
    /// The file holds no YAML document at all.
    case emptyFile
    /// libyaml rejected the text; `problem` and `context` are libyaml's own words.
    case invalidYAML(problem: String?, context: ParserContext?)
    /// The file holds a second YAML document after the first.
    case secondYAMLDocument
    /// Collections nest deeper than the loader's limit.
    case yamlTooDeep(limit: Int)
    /// A mapping holds the same key twice.
    case duplicateKey(String)
    /// An alias refers to a node that contains the alias.
    case recursiveAlias
    /// Note: where the node a recursive alias refers to starts.
    case aliasedNodeStartsHere
    /// Aliases expand to more nodes than the loader's budget (a "billion laughs" file).
    case aliasExpansionLimit(budget: Int)
    /// Note: where a duplicate key first appears.
    case keyFirstAppearsHere(String)

    // MARK: - Reading keywords and values

    /// A mapping key where a keyword belongs is not text.
    case keywordNotText(found: Found)
    /// A keyword that is not allowed in `place`, with the closest allowed one if it looks like a typo.
    case unknownKeyword(String, in: Place, suggestion: String?)
    /// A required keyword is absent from `place`.
    case missingKeyword(String, in: Place)
    /// A mapping key where an API name (field, value, parameter) belongs is not text.
    case nameNotText(in: Place, found: Found)
    /// `place` must be a mapping but is something else.
    case notAMapping(Place, found: Found)
    /// A value that must be text is a list or a mapping.
    case notText(ValueName, found: Found)
    /// A value that must be text is empty.
    case emptyValue(ValueName)
    /// A value that must be `true` or `false` is something else.
    case notABoolean(ValueName, found: Found)
    /// A value that must be a whole number in `range` is something else.
    case notAWholeNumber(ValueName, range: ClosedRange<Int>, found: Found)
    /// A value from a closed set of words is a list or a mapping.
    case choiceNotText(ValueName, options: [String], found: Found)
    /// A value from a closed set of words is none of them.
    case invalidChoice(ValueName, found: String, options: [String], suggestion: String?)
    /// A text is neither text nor a non-empty mapping of locale to text.
    case notLocalizedText(ValueName, found: Found)
    /// A key of a locale-to-text mapping is not text.
    case localeNotText(found: Found)
    /// A locale that `api.locales` does not list.
    case unknownLocale(String, declared: [String], suggestion: String?)
    /// A value that must be a list (or one text) is a mapping.
    case notAList(ValueName, found: Found)

    // MARK: - Spec files

    /// The file does not declare its format version.
    case missingFormatVersion(expected: Int)
    /// `apigen:` is not the file's first key.
    case formatVersionNotFirst(Int)
    /// The format version is quoted or tagged instead of a plain number.
    case quotedFormatVersion(Int)
    /// The file declares a format version this apigen does not read.
    case unsupportedFormatVersion(found: Found, supported: Int)
    /// The file declares neither settings, an endpoint nor types.
    case noDeclarations
    /// `api.locales` is an empty list.
    case noLocales
    /// `api.timestamps.time-zone` is not an IANA time zone.
    case unknownTimeZone(String)
    /// `api.async.jobs-path` is not a plain absolute path.
    case invalidJobsPath
    /// A type, or a field defining one inline, has both `fields` and `values`.
    case bothFieldsAndValues(in: Place)
    /// A type under `types:` has neither `fields` nor `values`.
    case typeWithoutFieldsOrValues(String)
    /// A spec defines a type named like a built-in one.
    case builtinTypeRedefined(String)
    /// A type name that is not an identifier.
    case invalidTypeName(String)
    /// A field defines a type inline, but its `type` is not a plain name to give it.
    case inlineTypeWithoutName(definesEnum: Bool, typeSpelling: String)
    /// An enum's `values` mapping is empty.
    case enumWithoutValues(String)
    /// An operation id that is not an UpperCamel identifier.
    case invalidOperationID(String)
    /// A GET endpoint declares a body.
    case getWithBody
    /// A body field is marked `outside-wrapper` though the body has no wrapper.
    case outsideWrapperWithoutWrapper
    /// `history` is neither a list nor empty.
    case historyNotAList(found: Found)
    /// An endpoint's path does not start with `/`.
    case pathWithoutLeadingSlash
    /// An endpoint's path holds `?` or `#`.
    case queryInPath(Character)
    /// A placeholder shares its path segment with other text.
    case placeholderNotWholeSegment(String)
    /// A `{` or `}` in the path that opens or closes no placeholder.
    case unmatchedBraceInPath
    /// The same placeholder twice in one path.
    case duplicatePlaceholder(String)
    /// A placeholder without a matching entry in `path-parameters`.
    case placeholderWithoutParameter(String, suggestion: String?)
    /// A path parameter without a placeholder in the path.
    case parameterNotInPath(String, path: String)
    /// A path parameter marked `required: false`: the path cannot be formed without it.
    case optionalPathParameter(String)

    // MARK: - Type expressions

    /// Text after a complete type expression.
    case unexpectedCharacterInType(Character, type: String)
    /// A type expression that cannot be read at all.
    case invalidType(String)
    /// A type name is missing where one must stand; `found` is nil at the end of the text.
    case expectedTypeName(found: Character?)
    /// `List` without an element type.
    case bareList
    /// `List<...>` with other than one type argument.
    case listArgumentCount
    /// `Map<...>` with other than two type arguments.
    case mapArgumentCount
    /// `Map<K, V>` whose key type is not `String`.
    case mapKeyNotString
    /// Type arguments after a type that takes none.
    case typeTakesNoArguments(String)
    /// The type expression ends inside `<...>`.
    case missingClosingAngleBracket
    /// Something other than `,` or `>` after a type argument.
    case expectedCommaOrClosingAngleBracket(found: Character)

    // MARK: - Resolving the model

    /// No spec file declares `api:`, so the defaults apply.
    case noAPISettings
    /// A second spec file declares `api:`.
    case apiDeclaredAgain
    /// Note: where `api:` is first declared.
    case apiFirstDeclaredHere
    /// A type defined again in another way than its first definition.
    case typeRedefinedDifferently(String, difference: TypeDifference)
    /// Note: where a type is first defined.
    case typeFirstDefinedHere(String)
    /// A second endpoint with the same operation id.
    case operationIDReused(String)
    /// Note: where an operation id is first used.
    case operationIDFirstUsedHere(String)
    /// A type name that no spec defines; `suggestion` is a close known name, if any.
    case unknownType(String, suggestion: String?)
    /// The error type that `api.errors.type` names is defined nowhere.
    case undefinedErrorType(String, suggestion: String?)

    // MARK: - Names, routes and parameter encodings

    /// Two API names of one kind that become the same Swift identifier.
    /// A type whose Swift name is an endpoint's namespace name.
    case typeNameIsEndpointName(type: String, operationID: String, swiftName: String)
    case swiftNameCollision(NameKind, name: String, other: String, swiftName: String)
    /// Note: where the other name of a Swift name collision is.
    case collidingNameHere(String)
    /// Two endpoints a server cannot tell apart: same route and the same wrapper, or none.
    case indistinguishableEndpoints(
        operationID: String, method: Endpoint.Method, path: String,
        other: String, otherMethod: Endpoint.Method, otherPath: String, sharedWrapper: String?)
    /// Note: where something named is declared.
    case declaredHere(String)
    /// A top-level body field named like the wrapper of another endpoint on the same route.
    case bodyFieldReadsAsWrapper(field: String, operationID: String, other: String, method: Endpoint.Method, path: String)
    /// Note: where an endpoint wraps its body in a wrapper.
    case wrapsBodyHere(operationID: String, wrapper: String)
    /// A parameter whose type has no text form where it is sent.
    case parameterNotEncodable(String, type: String, as: ParameterKind)
    /// A query parameter named like an entry of a map query parameter (`map.key`).
    case queryParameterReadsAsMapEntry(String, map: String)
    /// An endpoint with the conditions parameter of `api.queries` that lacks, or mistypes, another
    /// parameter or reply field the convention names.
    case queryConventionNotFollowed(operationID: String, conditions: String, requirement: QueryRequirement)
    /// An endpoint whose client method has the name of a query endpoint's paging method (`queryZoneItems`).
    case pagingMethodIsEndpointMethod(operationID: String, query: String, swiftName: String)
    /// `api.sessions` names something the endpoints or types do not have.
    case sessionConventionNotMet(SessionProblem)

    // MARK: - Examples

    /// A request example has a body, but the endpoint declares none.
    case exampleBodyNotDeclared
    /// A request example's body, which needs a wrapper, is not an object.
    case exampleBodyNotAnObject(found: JSONValueKind)
    /// A request example's body lacks the wrapper; `misplacedField` is a wrapped field found outside it.
    case exampleBodyMissingWrapper(String, misplacedField: String?)
    /// A member beside the wrapper that is no top-level body field.
    case exampleFieldNotTopLevel(String, wrapper: String, belongsInWrapper: Bool, suggestion: String?)
    /// A request example names a parameter the endpoint does not declare.
    case exampleUnknownParameter(String, kind: ParameterKind, operationID: String, suggestion: String?)
    /// A request example leaves out a path parameter.
    case exampleMissingParameter(String, kind: ParameterKind)
    /// A response example's status is neither the documented one nor an error status.
    case exampleUnexpectedStatus(Int, documented: Int, errorStatuses: [Int])
    /// An example value that must be an object is not one.
    case exampleNotAnObject(ValuePath, found: JSONValueKind)
    /// An example object's key is not text.
    case exampleKeyNotText
    /// An example object's member that is no field of its owner.
    case exampleUnknownField(String, owner: ExampleOwner, suggestion: String?)
    /// An example value nests deeper than the checker follows.
    case exampleTooDeep(ValuePath, limit: Int)
    /// An example value is null where the field is required and not nullable.
    case exampleNullNotAllowed(ValuePath)
    /// An example value of the wrong JSON kind for its type; `text` is the value when it is a scalar.
    case exampleWrongType(ValuePath, expected: ExpectedValue, type: String, found: JSONValueKind, text: String?)
    /// An example number with a fraction or exponent where the type is whole.
    case exampleNotWholeNumber(ValuePath, type: String, text: String)
    /// An example value of an enum type that is not a string.
    case exampleEnumNotString(ValuePath, enum: String, found: JSONValueKind, text: String?)
    /// An example string that is not a value of its enum type.
    case exampleNotEnumValue(ValuePath, value: String, enum: String, suggestion: String?)

    // MARK: - Templates

    /// A template ends right after a start delimiter.
    case templateUnterminatedTagAtEnd(startDelimiter: String)
    /// A template ends inside a tag, before `expected` closes it.
    case templateUnterminatedTag(expected: String)
    /// A character inside a tag where `expected` must close it.
    case templateUnexpectedCharacterInTag(Character, expected: String)
    /// A closing tag outside any section.
    case templateClosingTagWithoutSection(String)
    /// A closing tag that names another section than the open one.
    case templateClosingTagMismatch(String, open: String)
    /// A section that is never closed.
    case templateSectionNeverClosed(String)
    /// A tag without a name.
    case templateTagWithoutName
    /// A partial tag without a name.
    case templatePartialWithoutName
    /// A comment that runs to the template's end.
    case templateUnterminatedComment(endDelimiter: String)
    /// A malformed set-delimiter tag, with the delimiters in force where it stands.
    case templateInvalidSetDelimiter(startDelimiter: String, endDelimiter: String)
    /// A malformed pragma tag.
    case templateInvalidPragma
    /// A pragma other than `CONTENT_TYPE`.
    case templateUnknownPragma(String)
    /// A `CONTENT_TYPE` other than `TEXT` or `HTML`.
    case templateUnknownContentType(String)
    /// A transform tag (`{{f(x)}}`), which apigen does not support.
    case templateTransformUnsupported(String)
    /// An inheritance tag (`{{<p}}`, `{{$b}}`), which apigen does not support.
    case templateInheritanceUnsupported(Character)
    /// A dynamic partial (`{{>*p}}`), which apigen does not support.
    case templateDynamicPartialUnsupported
    /// A `--templates` folder that cannot be listed.
    case templatesFolderUnreadable
    /// apigen's built-in templates are neither in its resource bundle beside the executable nor in
    /// the checkout it was built from (the executable was copied elsewhere without its bundle).
    case builtinTemplatesMissing
    /// No template of that name exists.
    case noSuchTemplate(String)
    /// A template looks up a name its render model does not have.
    case templateNameMissingFromModel(template: String, name: String)
    /// A template includes a partial that is not a template.
    case templatePartialMissing(template: String, partial: String)
    /// Rendering failed with an error that is not a template error; its description, verbatim.
    case renderFailed(String)

    // MARK: - Importing ZStack's documentation DSL

    /// A string of a `*Doc_zh_cn.groovy` file that its file or line ends inside.
    case groovyUnterminatedString
    /// A character that no token of the documentation DSL starts with.
    case groovyUnexpectedCharacter(Character)
    /// A token where the documentation DSL has something else (`expected` says what).
    case groovyUnexpectedToken(found: String, expected: String)
    /// The folder given to `apigen import zstack-doc` holds no `*Doc_zh_cn.groovy` file.
    case zstackCheckoutWithoutDocs(String)
    /// A page's `url` that is not `METHOD /path`.
    case zstackURLNotMethodAndPath(String)
    /// An API page with no `url`: there is no endpoint to import.
    case zstackPageWithoutURL
    /// A page lists several URLs; each became an endpoint of its own, with these operation ids.
    case zstackSeveralURLs(operationIDs: [String])
    /// A `List` or `Set` whose element type neither the doc nor the Java declaration gives.
    case zstackListWithoutElementType(field: String, importedAs: String)
    /// A `Map` whose value type neither the doc nor the Java declaration gives.
    case zstackMapWithUnknownValueType(field: String)
    /// A class a field refers to that has no doc and is not a Java enum.
    case zstackClassWithoutDoc(className: String, field: String)
    /// A type name that names no class of the checkout.
    case zstackUnknownType(String, field: String)
    /// A path placeholder that no `location "url"` column documents.
    case zstackUndocumentedPathParameter(String)
    /// A page's request class already gave another page its operation id.
    case zstackOperationIDReused(String)
    /// Two documented classes share a simple name; the later one gets a qualified type name.
    case zstackTypeNameClash(String, importedAs: String)
    /// An API page that names no reply or event class.
    case zstackPageWithoutResponse

    // MARK: - Configuration

    /// `apigen.yaml` declares a version this apigen does not read.
    case unsupportedConfigVersion(found: Found)
    /// `outputs` is not a list.
    case outputsNotAList
    /// Two outputs write into one folder.
    case duplicateOutputPath(String)
    /// Note: where the first output writing into a folder is.
    case firstOutputHere
    /// An output names an emitter that does not exist.
    case unknownEmitter(String, known: [String], suggestion: String?)
    /// An output asks an emitter for a layout it does not offer.
    case layoutNotSupported(EmitterOptions.Layout, emitter: String)
    /// An output asks for per-category modules from an emitter that does not split.
    case perCategoryModulesNotSupported(emitter: String)
    /// Per-category modules with a layout other than per-declaration.
    case perCategoryModulesNeedPerDeclarationLayout
    /// Per-category modules with an access level other than public.
    case perCategoryModulesNeedPublicAccess
    /// `min-module-endpoints` without per-category modules.
    case minimumModuleEndpointsNeedPerCategoryModules
    /// `max-module-endpoints` without per-category modules.
    case maximumModuleEndpointsNeedPerCategoryModules
    /// `max-module-endpoints` and `min-module-endpoints` on one output.
    case moduleEndpointBoundsCombined
    /// `flattened-methods` on an output whose emitter writes no client methods.
    case flattenedMethodsNotSupported(emitter: String)
}

extension DiagnosticMessage {
    /// Whether the finding is an error, a warning, or a note attached to one.
    public var severity: Diagnostic.Severity {
        switch self {
        case .noDeclarations, .outsideWrapperWithoutWrapper, .noAPISettings,
            .zstackURLNotMethodAndPath, .zstackPageWithoutURL, .zstackSeveralURLs, .zstackListWithoutElementType,
            .zstackMapWithUnknownValueType, .zstackClassWithoutDoc, .zstackUnknownType, .zstackUndocumentedPathParameter,
            .zstackOperationIDReused, .zstackTypeNameClash, .zstackPageWithoutResponse:
            .warning
        case .aliasedNodeStartsHere, .keyFirstAppearsHere, .apiFirstDeclaredHere, .typeFirstDefinedHere,
            .operationIDFirstUsedHere, .collidingNameHere, .declaredHere, .wrapsBodyHere, .firstOutputHere:
            .note
        case .invalidUTF8, .yamlParserUnavailable, .emptyFile, .invalidYAML, .secondYAMLDocument, .yamlTooDeep,
            .duplicateKey, .recursiveAlias, .aliasExpansionLimit,
            .keywordNotText, .unknownKeyword, .missingKeyword, .nameNotText, .notAMapping, .notText, .emptyValue,
            .notABoolean, .notAWholeNumber, .choiceNotText, .invalidChoice, .notLocalizedText, .localeNotText,
            .unknownLocale, .notAList,
            .missingFormatVersion, .formatVersionNotFirst, .quotedFormatVersion, .unsupportedFormatVersion, .noLocales,
            .unknownTimeZone, .invalidJobsPath, .bothFieldsAndValues, .typeWithoutFieldsOrValues, .builtinTypeRedefined,
            .invalidTypeName, .inlineTypeWithoutName, .enumWithoutValues, .invalidOperationID, .getWithBody,
            .historyNotAList, .pathWithoutLeadingSlash, .queryInPath, .placeholderNotWholeSegment, .unmatchedBraceInPath,
            .duplicatePlaceholder, .placeholderWithoutParameter, .parameterNotInPath, .optionalPathParameter,
            .unexpectedCharacterInType, .invalidType, .expectedTypeName, .bareList, .listArgumentCount, .mapArgumentCount,
            .mapKeyNotString, .typeTakesNoArguments, .missingClosingAngleBracket, .expectedCommaOrClosingAngleBracket,
            .apiDeclaredAgain, .typeRedefinedDifferently, .operationIDReused, .unknownType, .undefinedErrorType,
            .swiftNameCollision, .typeNameIsEndpointName, .indistinguishableEndpoints, .bodyFieldReadsAsWrapper, .parameterNotEncodable,
            .queryParameterReadsAsMapEntry, .queryConventionNotFollowed, .pagingMethodIsEndpointMethod, .sessionConventionNotMet,
            .exampleBodyNotDeclared, .exampleBodyNotAnObject, .exampleBodyMissingWrapper, .exampleFieldNotTopLevel,
            .exampleUnknownParameter, .exampleMissingParameter, .exampleUnexpectedStatus, .exampleNotAnObject,
            .exampleKeyNotText, .exampleUnknownField, .exampleTooDeep, .exampleNullNotAllowed, .exampleWrongType,
            .exampleNotWholeNumber, .exampleEnumNotString, .exampleNotEnumValue,
            .templateUnterminatedTagAtEnd, .templateUnterminatedTag, .templateUnexpectedCharacterInTag,
            .templateClosingTagWithoutSection, .templateClosingTagMismatch, .templateSectionNeverClosed,
            .templateTagWithoutName, .templatePartialWithoutName, .templateUnterminatedComment,
            .templateInvalidSetDelimiter, .templateInvalidPragma, .templateUnknownPragma, .templateUnknownContentType,
            .templateTransformUnsupported, .templateInheritanceUnsupported, .templateDynamicPartialUnsupported,
            .templatesFolderUnreadable, .builtinTemplatesMissing, .groovyUnterminatedString, .groovyUnexpectedCharacter,
            .groovyUnexpectedToken, .zstackCheckoutWithoutDocs, .noSuchTemplate, .templateNameMissingFromModel,
            .templatePartialMissing, .renderFailed,
            .unsupportedConfigVersion, .outputsNotAList, .duplicateOutputPath, .unknownEmitter, .layoutNotSupported,
            .perCategoryModulesNotSupported, .perCategoryModulesNeedPerDeclarationLayout, .perCategoryModulesNeedPublicAccess,
            .minimumModuleEndpointsNeedPerCategoryModules, .maximumModuleEndpointsNeedPerCategoryModules, .moduleEndpointBoundsCombined,
            .flattenedMethodsNotSupported:
            .error
        }
    }

    /// A stable kebab-case name of the case, unique among them (`unknown-keyword`), for tests
    /// and tooling; it does not change when the wording does.
    public var code: String {
        switch self {
        case .invalidUTF8: "invalid-utf8"
        case .yamlParserUnavailable: "yaml-parser-unavailable"
        case .emptyFile: "empty-file"
        case .invalidYAML: "invalid-yaml"
        case .secondYAMLDocument: "second-yaml-document"
        case .yamlTooDeep: "yaml-too-deep"
        case .duplicateKey: "duplicate-key"
        case .recursiveAlias: "recursive-alias"
        case .aliasedNodeStartsHere: "aliased-node-starts-here"
        case .aliasExpansionLimit: "alias-expansion-limit"
        case .keyFirstAppearsHere: "key-first-appears-here"

        case .keywordNotText: "keyword-not-text"
        case .unknownKeyword: "unknown-keyword"
        case .missingKeyword: "missing-keyword"
        case .nameNotText: "name-not-text"
        case .notAMapping: "not-a-mapping"
        case .notText: "not-text"
        case .emptyValue: "empty-value"
        case .notABoolean: "not-a-boolean"
        case .notAWholeNumber: "not-a-whole-number"
        case .choiceNotText: "choice-not-text"
        case .invalidChoice: "invalid-choice"
        case .notLocalizedText: "not-localized-text"
        case .localeNotText: "locale-not-text"
        case .unknownLocale: "unknown-locale"
        case .notAList: "not-a-list"

        case .missingFormatVersion: "missing-format-version"
        case .formatVersionNotFirst: "format-version-not-first"
        case .quotedFormatVersion: "quoted-format-version"
        case .unsupportedFormatVersion: "unsupported-format-version"
        case .noDeclarations: "no-declarations"
        case .noLocales: "no-locales"
        case .unknownTimeZone: "unknown-time-zone"
        case .invalidJobsPath: "invalid-jobs-path"
        case .bothFieldsAndValues: "both-fields-and-values"
        case .typeWithoutFieldsOrValues: "type-without-fields-or-values"
        case .builtinTypeRedefined: "builtin-type-redefined"
        case .invalidTypeName: "invalid-type-name"
        case .inlineTypeWithoutName: "inline-type-without-name"
        case .enumWithoutValues: "enum-without-values"
        case .invalidOperationID: "invalid-operation-id"
        case .getWithBody: "get-with-body"
        case .outsideWrapperWithoutWrapper: "outside-wrapper-without-wrapper"
        case .historyNotAList: "history-not-a-list"
        case .pathWithoutLeadingSlash: "path-without-leading-slash"
        case .queryInPath: "query-in-path"
        case .placeholderNotWholeSegment: "placeholder-not-whole-segment"
        case .unmatchedBraceInPath: "unmatched-brace-in-path"
        case .duplicatePlaceholder: "duplicate-placeholder"
        case .placeholderWithoutParameter: "placeholder-without-parameter"
        case .parameterNotInPath: "parameter-not-in-path"
        case .optionalPathParameter: "optional-path-parameter"

        case .unexpectedCharacterInType: "unexpected-character-in-type"
        case .invalidType: "invalid-type"
        case .expectedTypeName: "expected-type-name"
        case .bareList: "bare-list"
        case .listArgumentCount: "list-argument-count"
        case .mapArgumentCount: "map-argument-count"
        case .mapKeyNotString: "map-key-not-string"
        case .typeTakesNoArguments: "type-takes-no-arguments"
        case .missingClosingAngleBracket: "missing-closing-angle-bracket"
        case .expectedCommaOrClosingAngleBracket: "expected-comma-or-closing-angle-bracket"

        case .noAPISettings: "no-api-settings"
        case .apiDeclaredAgain: "api-declared-again"
        case .apiFirstDeclaredHere: "api-first-declared-here"
        case .typeRedefinedDifferently: "type-redefined-differently"
        case .typeFirstDefinedHere: "type-first-defined-here"
        case .operationIDReused: "operation-id-reused"
        case .operationIDFirstUsedHere: "operation-id-first-used-here"
        case .unknownType: "unknown-type"
        case .undefinedErrorType: "undefined-error-type"

        case .typeNameIsEndpointName: "type-name-is-endpoint-name"
        case .swiftNameCollision: "swift-name-collision"
        case .collidingNameHere: "colliding-name-here"
        case .indistinguishableEndpoints: "indistinguishable-endpoints"
        case .declaredHere: "declared-here"
        case .bodyFieldReadsAsWrapper: "body-field-reads-as-wrapper"
        case .wrapsBodyHere: "wraps-body-here"
        case .parameterNotEncodable: "parameter-not-encodable"
        case .queryParameterReadsAsMapEntry: "query-parameter-reads-as-map-entry"
        case .queryConventionNotFollowed: "query-convention-not-followed"
        case .pagingMethodIsEndpointMethod: "paging-method-is-endpoint-method"
        case .sessionConventionNotMet: "session-convention-not-met"

        case .exampleBodyNotDeclared: "example-body-not-declared"
        case .exampleBodyNotAnObject: "example-body-not-an-object"
        case .exampleBodyMissingWrapper: "example-body-missing-wrapper"
        case .exampleFieldNotTopLevel: "example-field-not-top-level"
        case .exampleUnknownParameter: "example-unknown-parameter"
        case .exampleMissingParameter: "example-missing-parameter"
        case .exampleUnexpectedStatus: "example-unexpected-status"
        case .exampleNotAnObject: "example-not-an-object"
        case .exampleKeyNotText: "example-key-not-text"
        case .exampleUnknownField: "example-unknown-field"
        case .exampleTooDeep: "example-too-deep"
        case .exampleNullNotAllowed: "example-null-not-allowed"
        case .exampleWrongType: "example-wrong-type"
        case .exampleNotWholeNumber: "example-not-whole-number"
        case .exampleEnumNotString: "example-enum-not-string"
        case .exampleNotEnumValue: "example-not-enum-value"

        case .templateUnterminatedTagAtEnd: "template-unterminated-tag-at-end"
        case .templateUnterminatedTag: "template-unterminated-tag"
        case .templateUnexpectedCharacterInTag: "template-unexpected-character-in-tag"
        case .templateClosingTagWithoutSection: "template-closing-tag-without-section"
        case .templateClosingTagMismatch: "template-closing-tag-mismatch"
        case .templateSectionNeverClosed: "template-section-never-closed"
        case .templateTagWithoutName: "template-tag-without-name"
        case .templatePartialWithoutName: "template-partial-without-name"
        case .templateUnterminatedComment: "template-unterminated-comment"
        case .templateInvalidSetDelimiter: "template-invalid-set-delimiter"
        case .templateInvalidPragma: "template-invalid-pragma"
        case .templateUnknownPragma: "template-unknown-pragma"
        case .templateUnknownContentType: "template-unknown-content-type"
        case .templateTransformUnsupported: "template-transform-unsupported"
        case .templateInheritanceUnsupported: "template-inheritance-unsupported"
        case .templateDynamicPartialUnsupported: "template-dynamic-partial-unsupported"
        case .templatesFolderUnreadable: "templates-folder-unreadable"
        case .groovyUnterminatedString: "groovy-unterminated-string"
        case .groovyUnexpectedCharacter: "groovy-unexpected-character"
        case .groovyUnexpectedToken: "groovy-unexpected-token"
        case .zstackCheckoutWithoutDocs: "zstack-checkout-without-docs"
        case .zstackURLNotMethodAndPath: "zstack-url-not-method-and-path"
        case .zstackPageWithoutURL: "zstack-page-without-url"
        case .zstackSeveralURLs: "zstack-several-urls"
        case .zstackListWithoutElementType: "zstack-list-without-element-type"
        case .zstackMapWithUnknownValueType: "zstack-map-with-unknown-value-type"
        case .zstackClassWithoutDoc: "zstack-class-without-doc"
        case .zstackUnknownType: "zstack-unknown-type"
        case .zstackUndocumentedPathParameter: "zstack-undocumented-path-parameter"
        case .zstackOperationIDReused: "zstack-operation-id-reused"
        case .zstackTypeNameClash: "zstack-type-name-clash"
        case .zstackPageWithoutResponse: "zstack-page-without-response"
        case .builtinTemplatesMissing: "builtin-templates-missing"
        case .noSuchTemplate: "no-such-template"
        case .templateNameMissingFromModel: "template-name-missing-from-model"
        case .templatePartialMissing: "template-partial-missing"
        case .renderFailed: "render-failed"

        case .unsupportedConfigVersion: "unsupported-config-version"
        case .outputsNotAList: "outputs-not-a-list"
        case .duplicateOutputPath: "duplicate-output-path"
        case .firstOutputHere: "first-output-here"
        case .unknownEmitter: "unknown-emitter"
        case .layoutNotSupported: "layout-not-supported"
        case .perCategoryModulesNotSupported: "per-category-modules-not-supported"
        case .perCategoryModulesNeedPerDeclarationLayout: "per-category-modules-need-per-declaration-layout"
        case .perCategoryModulesNeedPublicAccess: "per-category-modules-need-public-access"
        case .minimumModuleEndpointsNeedPerCategoryModules: "min-module-endpoints-needs-per-category-modules"
        case .maximumModuleEndpointsNeedPerCategoryModules: "max-module-endpoints-needs-per-category-modules"
        case .moduleEndpointBoundsCombined: "module-endpoint-bounds-combined"
        case .flattenedMethodsNotSupported: "flattened-methods-not-supported"
        }
    }
}

// MARK: - Facts the cases carry

extension DiagnosticMessage {
    /// What stood where something else was expected.
    public enum Found: Hashable, Sendable {
        /// An empty plain scalar.
        case nothing
        /// A plain scalar YAML reads as null (`~`, `null`, or empty).
        case null
        /// A scalar, its text not given.
        case scalar
        /// A scalar and its text.
        case text(String)
        /// A sequence.
        case list
        /// A mapping.
        case mapping
        /// A mapping without entries, where one with entries is needed.
        case emptyMapping
    }

    /// A mapping or list in a spec or config file, as a message names where a mistake is.
    public enum Place: Hashable, Sendable {
        /// A keyword or a dotted path of keywords (`api.auth`, `path-parameters`).
        case keyword(String)
        /// A spec file's top level.
        case specFile
        /// A type under `types:`.
        case type(String)
        /// A field, parameter or header.
        case field(String)
        /// The `fields` of an object type.
        case fieldsOf(String)
        /// The `values` of an enum type.
        case valuesOf(String)
        /// The `endpoint:` block.
        case endpoint
        /// The body's `fields`.
        case bodyFields
        /// The response's `fields`.
        case responseFields
        /// One entry of `history`.
        case historyEntry
        /// `examples.request`.
        case requestExample
        /// `examples.response`.
        case responseExample
        /// A part of the request example (`path`, `query`, `headers`).
        case requestExamplePart(String)
        /// `apigen.yaml`'s top level.
        case config
        /// One entry of `outputs`.
        case output
        /// An output's `options`.
        case outputOptions
    }

    /// A single value read from a spec or config file, as a message names it.
    public indirect enum ValueName: Hashable, Sendable, ExpressibleByStringLiteral {
        /// The value of a keyword (`since`, `time-zone`).
        case key(String)
        /// An output's `access` option.
        case accessLevel
        /// The description of an enum value.
        case enumValueText(String)
        /// One locale's text of a localized value (`title.zh_CN`).
        case translation(ValueName, locale: String)

        public init(stringLiteral key: String) { self = .key(key) }
    }

    /// What kind of API name a Swift name collision is between.
    public enum NameKind: Hashable, Sendable {
        case type, operationID, field, value, parameter, responseField
    }

    /// Where an endpoint input is sent.
    public enum ParameterKind: Hashable, Sendable {
        case path, query, header
    }

    /// What `api.sessions` names that is not there.
    public enum SessionProblem: Hashable, Sendable {
        /// `log-in` or `log-out` names an operation id no endpoint has.
        case unknownEndpoint(String, keyword: String)
        /// A log-in endpoint's reply has no String field at the `session-id` path.
        case noSessionID(operationID: String, path: String)
        /// The log-out endpoint has no String input named by `log-out-parameter`.
        case noLogOutParameter(operationID: String, parameter: String)
        /// The log-out endpoint requires an input besides the session id.
        case logOutNeedsMore(operationID: String, input: String)
        /// `invalid-session-codes` needs a String field `code` in the error type.
        case errorTypeWithoutCode(String)
        /// An endpoint's client method has the name of a session method (`openSession`, `closeSession`).
        case methodNameTaken(operationID: String, swiftName: String)
    }

    /// What `api.queries` asks of a query endpoint, by the name the convention gives it.
    public enum QueryRequirement: Hashable, Sendable {
        /// The conditions parameter: a `List<String>`, repeated in the query string.
        case conditionsParameter(String)
        /// `limit` or `start`: an `Integer` or `Long` query parameter.
        case integerParameter(String, keyword: String)
        /// `count`: a `Boolean` query parameter.
        case booleanParameter(String, keyword: String)
        /// `sort`: a `String` query parameter.
        case stringParameter(String, keyword: String)
        /// `items`: a `List` field of the reply.
        case listField(String, keyword: String)
        /// `total`: an `Integer` or `Long` field of the reply.
        case integerField(String, keyword: String)
    }

    /// Whose fields an example object's members must be.
    public enum ExampleOwner: Hashable, Sendable {
        /// A request body without a wrapper.
        case body
        /// The object inside a request body's wrapper.
        case wrapper(String)
        /// The documented response.
        case response
        /// The reply of an error status.
        case errorReply
        /// The reply accepting an asynchronous call.
        case acceptedReply
        /// An object type.
        case type(String)
    }

    /// What an example value of some type must be.
    public enum ExpectedValue: Hashable, Sendable {
        /// Any of these JSON kinds.
        case kinds([JSONValueKind])
        /// A number without fraction or exponent.
        case wholeNumber
        /// A date string or a number of epoch milliseconds.
        case timestamp
    }

    /// The first way a type's second definition differs from its first.
    public enum TypeDifference: Hashable, Sendable {
        case objectBecameEnum
        case enumBecameObject
        case valueAdded(String)
        case valueRemoved(String)
        case valueTextChanged(String)
        case valuesReordered
        case fieldAdded(String)
        case fieldRemoved(String)
        case fieldsReordered
        case fieldTypeChanged(String, from: String, to: String)
        case fieldRequiredChanged(String)
        case fieldNullableChanged(String)
        case fieldDescriptionChanged(String)
        /// The field differs in something none of the above names.
        case fieldChanged(String)
        case descriptionChanged
        /// The definitions differ in something none of the above names.
        case definitionsDiffer
    }

    /// What libyaml was reading when it failed, and where that started.
    public struct ParserContext: Hashable, Sendable {
        /// libyaml's words, such as `while parsing a flow mapping`.
        public var description: String
        /// 1-based line where the construct started.
        public var line: Int
        /// 1-based column where the construct started.
        public var column: Int

        public init(_ description: String, line: Int, column: Int) {
            self.description = description
            self.line = line
            self.column = column
        }
    }
}
