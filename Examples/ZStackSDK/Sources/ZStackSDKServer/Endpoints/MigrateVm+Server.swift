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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "migrateVm"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var hostUuid: String?
            var migrateFromDestination: Bool?
            var allowUnknown: Bool?
            var strategy: MigrateVmStrategy?
            var systemTags: [String]?
            var userTags: [String]?
            var downTime: Int?

            private enum CodingKeys: String, CodingKey {
                case hostUuid = "hostUuid"
                case migrateFromDestination = "migrateFromDestination"
                case allowUnknown = "allowUnknown"
                case strategy = "strategy"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case downTime = "downTime"
            }
        }
    }
}
