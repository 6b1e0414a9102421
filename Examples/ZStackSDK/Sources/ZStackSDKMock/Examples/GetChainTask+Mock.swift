public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetChainTask``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getChainTaskExample = #"""
        {
          "results": {
            "key": {
              "runningTask": [
                {
                  "name": "name",
                  "className": "className",
                  "index": 1,
                  "pendingTime": 1,
                  "executionTime": 1,
                  "context": "context",
                  "apiId": "apiId",
                  "apiName": "apiName"
                }
              ],
              "pendingTask": [
                {
                  "name": "name",
                  "className": "className",
                  "index": 1,
                  "pendingTime": 1,
                  "executionTime": 1,
                  "context": "context",
                  "apiId": "apiId",
                  "apiName": "apiName"
                }
              ]
            }
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getChainTask(
        _ request: GetChainTask.Request
    ) async throws -> GetChainTask.Response {
        try Self.example(GetChainTask.Response.self, json: Self.getChainTaskExample)
    }
}
