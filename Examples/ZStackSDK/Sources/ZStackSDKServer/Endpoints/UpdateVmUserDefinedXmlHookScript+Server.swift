import ZStackSDK

/// The server side of ``UpdateVmUserDefinedXmlHookScript``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous.
nonisolated enum UpdateVmUserDefinedXmlHookScriptServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateVmUserDefinedXmlHookScript.operation,
            bodyWrapper: "updateVmUserDefinedXmlHookScript"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVmUserDefinedXmlHookScript.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("updateVmUserDefinedXmlHookScript.uuid")),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                hookScript: body.wrapped?.hookScript,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                startupStrategy: body.wrapped?.startupStrategy
            )
            return { try await handler.updateVmUserDefinedXmlHookScript(request) }
        }
    }

    /// The JSON body of a request: `{"updateVmUserDefinedXmlHookScript": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateVmUserDefinedXmlHookScript")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let uuid: String?
            let name: String?
            let description: String?
            let hookScript: String?
            let systemTags: [String]?
            let userTags: [String]?
            let startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.uuid = try object.optionalValue(String.self, forKey: "uuid")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.hookScript = try object.optionalValue(String.self, forKey: "hookScript")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.startupStrategy = try object.optionalValue(
                    UpdateVmUserDefinedXmlHookScriptStartupStrategy.self,
                    forKey: "startupStrategy"
                )
            }
        }
    }
}
