import ZStackSDK

/// The server side of ``MigrateVm``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum MigrateVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: MigrateVm.operation, bodyWrapper: "migrateVm") { call in
            let body = try call.decodeBody(Body.self)
            let request = MigrateVm.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                hostUuid: body.wrapped?.hostUuid,
                migrateFromDestination: body.wrapped?.migrateFromDestination,
                allowUnknown: body.wrapped?.allowUnknown,
                strategy: body.wrapped?.strategy,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                downTime: body.wrapped?.downTime
            )
            return { try await handler.migrateVm(request) }
        }
    }

    /// The JSON body of a request: `{"migrateVm": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "migrateVm")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let hostUuid: String?
            let migrateFromDestination: Bool?
            let allowUnknown: Bool?
            let strategy: MigrateVmStrategy?
            let systemTags: [String]?
            let userTags: [String]?
            let downTime: Int?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
                self.migrateFromDestination = try object.optionalValue(Bool.self, forKey: "migrateFromDestination")
                self.allowUnknown = try object.optionalValue(Bool.self, forKey: "allowUnknown")
                self.strategy = try object.optionalValue(MigrateVmStrategy.self, forKey: "strategy")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.downTime = try object.optionalValue(Int.self, forKey: "downTime")
            }
        }
    }
}
