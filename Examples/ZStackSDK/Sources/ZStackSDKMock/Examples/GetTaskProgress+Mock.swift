public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetTaskProgress``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getTaskProgressExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "taskUuid": "21ba31f9dfa42e8e46269731ebf8c1c9",
              "taskName": "taskName",
              "parentUuid": "3b725e914def0a9de95efedfad05010c",
              "type": "type",
              "content": "content",
              "opaque": {
                "key": "value"
              },
              "time": 1,
              "subTasks": [],
              "totalSteps": 1,
              "currentStep": 1
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getTaskProgress(
        _ request: GetTaskProgress.Request
    ) async throws -> GetTaskProgress.Response {
        try Self.example(GetTaskProgress.Response.self, json: Self.getTaskProgressExample)
    }
}
