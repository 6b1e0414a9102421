import ZStackSDK

/// The server side of ``UpdateCertificate``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/certificates/{uuid}/actions`, asynchronous.
nonisolated enum UpdateCertificateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateCertificate.operation, bodyWrapper: "updateCertificate") { call in
            let request = try call.decodeBody(wrapper: "updateCertificate") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return UpdateCertificate.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.updateCertificate(request) }
        }
    }
}
