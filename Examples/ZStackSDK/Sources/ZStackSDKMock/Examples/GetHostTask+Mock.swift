public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetHostTask``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getHostTaskExample = #"""
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
    public func getHostTask(
        _ request: GetHostTask.Request
    ) async throws -> GetHostTask.Response {
        try Self.example(GetHostTask.Response.self, json: Self.getHostTaskExample)
    }
}
