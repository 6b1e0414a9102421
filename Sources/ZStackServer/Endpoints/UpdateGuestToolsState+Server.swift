import ZStackClient

/// The server side of ``UpdateGuestToolsState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous.
nonisolated enum UpdateGuestToolsStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateGuestToolsState.operation, bodyWrapper: nil) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateGuestToolsState.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                systemTags: body.systemTags,
                userTags: body.userTags
            )
            return { try await handler.updateGuestToolsState(request) }
        }
    }

    /// The JSON body of a request.
    private struct Body: Decodable {
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }
    }
}
