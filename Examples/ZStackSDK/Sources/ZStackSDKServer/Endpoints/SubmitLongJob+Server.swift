import ZStackSDK

/// The server side of ``SubmitLongJob``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/longjobs`, asynchronous.
nonisolated enum SubmitLongJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SubmitLongJob.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let jobName = try body.wrappedField(String.self, "jobName")
                let jobData = try body.wrappedField(String.self, "jobData")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let targetResourceUuid = try body.wrappedField(String.self, "targetResourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return SubmitLongJob.Request(
                    jobName: try call.required(jobName, .bodyField("params.jobName")),
                    jobData: try call.required(jobData, .bodyField("params.jobData")),
                    name: name,
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    targetResourceUuid: targetResourceUuid,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.submitLongJob(request) }
        }
    }
}
